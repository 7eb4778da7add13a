package org.wirewatch.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.record.TimestampType;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.wirewatch.broker.KafkaBroker;
import org.wirewatch.model.topics.TopicProvisioner;
import org.wirewatch.model.topics.TopicSpec;
import org.wirewatch.model.topics.Topics;

/**
 * Topics with time-based retention keep a record for their retention from when it was written: a
 * record stamped with the day a 2022 story was published comes back stamped with the time the broker
 * appended it, so retention does not delete an archive import's output minutes after writing it.
 */
class TopicTimestampsIT {

    private static final long PUBLISHED_2022 =
            Instant.parse("2022-10-17T08:00:00Z").toEpochMilli();

    private static KafkaBroker broker;

    @BeforeAll
    static void startBroker() {
        // a broker of its own: the test writes to every topic, which would disturb tests sharing one
        broker = KafkaBrokerExtension.privateBroker();
        TopicProvisioner.ensure(broker.bootstrapServers(), Topics.all(), Optional.of((short) 1));
    }

    @AfterAll
    static void stopBroker() {
        broker.close();
    }

    @Test
    void shouldStampEveryTimeRetainedTopicWithTheTimeTheBrokerWroteTheRecord() throws Exception {
        // Given every topic whose records expire after a time
        List<String> timeRetained = Topics.all().stream()
                .filter(topic -> TopicConfig.CLEANUP_POLICY_DELETE.equals(
                        topic.configs().get(TopicConfig.CLEANUP_POLICY_CONFIG)))
                .map(TopicSpec::name)
                .toList();
        assertThat(timeRetained).contains(Topics.STATEMENTS.name(), Topics.NEW_TRANSFERS.name());

        // When a record stamped with a 2022 publication time is written to each
        long before = System.currentTimeMillis();
        try (KafkaProducer<byte[], byte[]> producer = producer()) {
            for (String topic : timeRetained) {
                producer.send(new ProducerRecord<>(topic, 0, PUBLISHED_2022, null, "old news".getBytes()))
                        .get();
            }
        }

        // Then each comes back stamped with the time of writing, which retention counts from
        assertThat(readOneFromEach(timeRetained)).allSatisfy(record -> {
            assertThat(record.timestampType()).as(record.topic()).isEqualTo(TimestampType.LOG_APPEND_TIME);
            assertThat(record.timestamp()).as(record.topic()).isGreaterThanOrEqualTo(before);
        });
    }

    private static KafkaProducer<byte[], byte[]> producer() {
        return new KafkaProducer<>(
                Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()),
                new ByteArraySerializer(),
                new ByteArraySerializer());
    }

    private static List<ConsumerRecord<byte[], byte[]>> readOneFromEach(List<String> topics) {
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(
                Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()),
                new ByteArrayDeserializer(),
                new ByteArrayDeserializer())) {
            List<TopicPartition> partitions =
                    topics.stream().map(topic -> new TopicPartition(topic, 0)).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            List<ConsumerRecord<byte[], byte[]>> read = new ArrayList<>();
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(read::add);
                return read.size() >= topics.size();
            });
            return read;
        }
    }
}
