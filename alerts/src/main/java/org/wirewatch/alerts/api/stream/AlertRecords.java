package org.wirewatch.alerts.api.stream;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.Serde;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.wirewatch.alerts.query.AlertEntry;
import org.wirewatch.model.Alert;
import org.wirewatch.model.topics.Topics;

/**
 * Reading alert records: group-less consumers over the three alert topics, reading only committed
 * records (the alerts service writes exactly-once), and turning a record into a {@link
 * TailedAlert}.
 */
final class AlertRecords {

    private static final Logger LOG = LoggerFactory.getLogger(AlertRecords.class);
    private static final Duration METADATA_TIMEOUT = Duration.ofSeconds(10);

    private AlertRecords() {}

    static KafkaConsumer<byte[], byte[]> consumer(String bootstrapServers, String clientId) {
        return new KafkaConsumer<>(
                Map.of(
                        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        bootstrapServers,
                        ConsumerConfig.CLIENT_ID_CONFIG,
                        clientId,
                        ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
                        false,
                        ConsumerConfig.ISOLATION_LEVEL_CONFIG,
                        "read_committed",
                        // A position older than retention resumes from the oldest alert kept.
                        ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                        "earliest"),
                new ByteArrayDeserializer(),
                new ByteArrayDeserializer());
    }

    /** Every partition of the alert topics that exist. */
    static List<TopicPartition> partitions(Consumer<?, ?> consumer) {
        List<TopicPartition> partitions = new ArrayList<>();
        for (String topic : ResumeToken.topics()) {
            var infos = consumer.partitionsFor(topic, METADATA_TIMEOUT);
            if (infos == null || infos.isEmpty()) {
                LOG.warn("alert topic {} does not exist: its alerts will not be streamed", topic);
                continue;
            }
            infos.forEach(info -> partitions.add(new TopicPartition(topic, info.partition())));
        }
        return partitions;
    }

    /** Empty for a record that is not an alert (a tombstone, or unreadable). */
    static Optional<TailedAlert> read(ConsumerRecord<byte[], byte[]> record) {
        if (record.value() == null) {
            return Optional.empty();
        }
        try {
            Alert alert = (Alert) serdeOf(record.topic()).deserializer().deserialize(record.topic(), record.value());
            return Optional.of(new TailedAlert(
                    new TopicPartition(record.topic(), record.partition()),
                    record.offset(),
                    AlertEntry.of(alert),
                    new String(record.value(), StandardCharsets.UTF_8)));
        } catch (RuntimeException e) {
            LOG.warn(
                    "skipping unreadable alert at {}-{}@{}: {}",
                    record.topic(),
                    record.partition(),
                    record.offset(),
                    e.toString());
            return Optional.empty();
        }
    }

    private static Serde<? extends Alert> serdeOf(String topic) {
        if (topic.equals(Topics.STANCE_SHIFTS.name())) {
            return Topics.STANCE_SHIFTS.valueSerde();
        }
        if (topic.equals(Topics.NEW_TRANSFERS.name())) {
            return Topics.NEW_TRANSFERS.valueSerde();
        }
        return Topics.SANCTION_ALERTS.valueSerde();
    }
}
