package org.wirewatch.alerts.api.pipeline;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Counts the records in the dead-letter topics exactly. They are written inside exactly-once
 * transactions, so their end offsets also count commit markers (and aborted records); a {@code
 * read_committed} consumer sees only committed records. It reads each record once, keeping its
 * position between calls: dead-letter topics are small, and a call reads only what is new.
 *
 * <p>Not thread-safe: one sampling thread uses it.
 */
final class DeadLetterCounter implements AutoCloseable {

    private static final Duration POLL = Duration.ofMillis(100);

    private final KafkaConsumer<byte[], byte[]> consumer;
    private final Map<String, Long> counts = new HashMap<>();

    DeadLetterCounter(String bootstrapServers) {
        // no group: positions live in this consumer only, and a fresh one counts from the start
        this.consumer = new KafkaConsumer<>(
                Map.of(
                        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        bootstrapServers,
                        ConsumerConfig.CLIENT_ID_CONFIG,
                        "wirewatch-alerts-dead-letter-counter",
                        ConsumerConfig.ISOLATION_LEVEL_CONFIG,
                        "read_committed",
                        ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
                        false,
                        ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                        "earliest"),
                new ByteArrayDeserializer(),
                new ByteArrayDeserializer());
    }

    /**
     * Reads what was committed to {@code partitions} since the last call, for at most {@code
     * budget}.
     *
     * @return records per topic so far; a topic not read up to its last committed record within
     *     the budget is absent, since its count would be short
     */
    Map<String, Long> count(Set<TopicPartition> partitions, Duration budget) {
        if (!consumer.assignment().equals(partitions)) {
            consumer.assign(partitions); // partitions already assigned keep their position
        }
        if (partitions.isEmpty()) {
            return Map.of();
        }
        Instant deadline = Instant.now().plus(budget);
        // under read_committed: the offset after the last committed record or marker
        Map<TopicPartition, Long> ends = consumer.endOffsets(partitions, budget);
        Set<TopicPartition> behind = behind(ends, budget);
        while (!behind.isEmpty() && Instant.now().isBefore(deadline)) {
            for (ConsumerRecord<byte[], byte[]> record : consumer.poll(POLL)) {
                counts.merge(record.topic(), 1L, Long::sum);
            }
            behind = behind(ends, budget);
        }
        Map<String, Long> caughtUp = new HashMap<>();
        partitions.forEach(p -> caughtUp.put(p.topic(), counts.getOrDefault(p.topic(), 0L)));
        behind.forEach(p -> caughtUp.remove(p.topic()));
        return caughtUp;
    }

    private Set<TopicPartition> behind(Map<TopicPartition, Long> ends, Duration timeout) {
        Set<TopicPartition> behind = new HashSet<>();
        ends.forEach((partition, end) -> {
            if (consumer.position(partition, timeout) < end) {
                behind.add(partition);
            }
        });
        return behind;
    }

    /** Ends a {@link #count} under way early; the one method another thread may call. */
    void wakeup() {
        consumer.wakeup();
    }

    @Override
    public void close() {
        consumer.close();
    }
}
