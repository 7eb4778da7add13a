package org.wirewatch.testkit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.wirewatch.model.topics.TopicSpec;

/**
 * Reads a whole topic from its beginning, without a consumer group, and keeps what it has read:
 * a test asks for the records it cares about, since other tests share the broker and its topics.
 * Reads only committed records, as a downstream consumer of exactly-once output would.
 */
public final class TopicTail<K, V> implements AutoCloseable {

    private final KafkaConsumer<K, V> consumer;
    private final List<ConsumerRecord<K, V>> seen = new ArrayList<>();
    private final List<TopicPartition> partitions;

    public TopicTail(String bootstrapServers, TopicSpec<K, V> topic) {
        consumer = new KafkaConsumer<>(
                Map.of(
                        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        bootstrapServers,
                        ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
                        false,
                        ConsumerConfig.ISOLATION_LEVEL_CONFIG,
                        "read_committed"),
                topic.keySerde().deserializer(),
                topic.valueSerde().deserializer());
        partitions = consumer.partitionsFor(topic.name()).stream()
                .map(info -> new TopicPartition(info.topic(), info.partition()))
                .toList();
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
    }

    /** Polls once more, then returns every record read so far that matches. */
    public List<ConsumerRecord<K, V>> read(Predicate<ConsumerRecord<K, V>> wanted) {
        consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
        return seen.stream().filter(wanted).toList();
    }

    /**
     * Reads until every partition's position reaches its end as of now (for read_committed, the last
     * stable offset: every committed transaction), then returns every record read so far.
     */
    public List<ConsumerRecord<K, V>> readToEnd() {
        Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
        while (ends.entrySet().stream().anyMatch(e -> consumer.position(e.getKey()) < e.getValue())) {
            consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
        }
        return List.copyOf(seen);
    }

    @Override
    public void close() {
        consumer.close();
    }
}
