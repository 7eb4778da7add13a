package org.wirewatch.testkit;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Whether a consumer group (a Kafka Streams application) has committed past every record now in
 * some topics: the synchronisation point of a test that must know a pipeline stage is done before
 * it counts the stage's output.
 *
 * <p>Compares with the offset after the last committed record, not the end offset, because under
 * exactly-once a topic's end offset also counts the last transaction's commit marker, which a
 * consumer may never commit past.
 */
public final class ConsumerGroupProgress implements AutoCloseable {

    private final String bootstrapServers;
    private final Admin admin;

    public ConsumerGroupProgress(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        this.admin = Admin.create(props);
    }

    /**
     * True when {@code group} has committed at least these offsets. Read them once with {@link
     * #afterLastRecords} when the stage upstream is done, then poll this: it costs one request.
     */
    public boolean committedPast(String group, Map<TopicPartition, Long> offsets)
            throws ExecutionException, InterruptedException {
        Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                .partitionsToOffsetAndMetadata()
                .get();
        return offsets.entrySet().stream().allMatch(needed -> {
            OffsetAndMetadata at = committed.get(needed.getKey());
            return at != null && at.offset() >= needed.getValue();
        });
    }

    /** The topics a Kafka Streams application repartitions through (they carry its application id). */
    public List<String> repartitionTopicsOf(String applicationId) throws ExecutionException, InterruptedException {
        return admin.listTopics().names().get().stream()
                .filter(name -> name.startsWith(applicationId + "-") && name.endsWith("-repartition"))
                .sorted()
                .toList();
    }

    /** Per partition that holds a committed record: the offset after the last one. */
    public Map<TopicPartition, Long> afterLastRecords(Collection<String> topics) {
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(
                Map.of(
                        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        bootstrapServers,
                        ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
                        false,
                        ConsumerConfig.ISOLATION_LEVEL_CONFIG,
                        "read_committed"),
                new ByteArrayDeserializer(),
                new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = topics.stream()
                    .flatMap(topic -> consumer.partitionsFor(topic).stream())
                    .map(info -> new TopicPartition(info.topic(), info.partition()))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            Map<TopicPartition, Long> afterLast = new HashMap<>();
            while (ends.entrySet().stream().anyMatch(e -> consumer.position(e.getKey()) < e.getValue())) {
                consumer.poll(Duration.ofMillis(200))
                        .forEach(r -> afterLast.merge(
                                new TopicPartition(r.topic(), r.partition()), r.offset() + 1, Math::max));
            }
            return afterLast;
        }
    }

    @Override
    public void close() {
        admin.close();
    }
}
