package org.wirewatch.ingest.poller;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.wirewatch.model.FeedState;
import org.wirewatch.model.topics.Topics;

/**
 * Reads the latest state of every feed from {@code feeds.state}, from its beginning to its end as
 * of the call, without a consumer group. Only committed records count (the state is written in
 * the stories' transaction). A record that cannot be read is logged and skipped: that feed starts
 * afresh rather than the poller not starting.
 */
public final class FeedStates {

    private static final Logger LOG = LoggerFactory.getLogger(FeedStates.class);
    private static final Duration POLL = Duration.ofMillis(200);

    private FeedStates() {}

    /**
     * @param timeout longest wait for the topic's metadata and offsets; the read itself then lasts
     *     until the end is reached
     * @return feed name → latest state, by name
     * @throws org.apache.kafka.common.KafkaException when Kafka cannot be reached in time or the
     *     topic does not exist
     */
    public static Map<String, FeedState> read(String bootstrapServers, Duration timeout) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrapServers,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
                false,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG,
                "read_committed",
                ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG,
                (int) timeout.toMillis(),
                ConsumerConfig.CLIENT_ID_CONFIG,
                "wirewatch-feeds-state");
        try (KafkaConsumer<String, byte[]> consumer =
                new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.FEED_STATE.name()).stream()
                    .map(info -> new TopicPartition(info.topic(), info.partition()))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            Map<String, FeedState> states = new TreeMap<>();
            while (ends.entrySet().stream().anyMatch(end -> consumer.position(end.getKey()) < end.getValue())) {
                consumer.poll(POLL).forEach(record -> apply(record, states));
            }
            return states;
        }
    }

    private static void apply(ConsumerRecord<String, byte[]> record, Map<String, FeedState> states) {
        if (record.key() == null) {
            return;
        }
        if (record.value() == null) {
            states.remove(record.key());
            return;
        }
        try {
            states.put(
                    record.key(),
                    Topics.FEED_STATE.valueSerde().deserializer().deserialize(record.topic(), record.value()));
        } catch (SerializationException e) {
            LOG.error(
                    "state of feed '{}' at offset {} cannot be read; it starts afresh: {}",
                    record.key(),
                    record.offset(),
                    e.getMessage());
            states.remove(record.key());
        }
    }
}
