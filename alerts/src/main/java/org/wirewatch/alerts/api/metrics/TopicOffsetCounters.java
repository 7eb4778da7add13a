package org.wirewatch.alerts.api.metrics;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.kafka.KafkaClientMetrics;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.TopicPartitionInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.wirewatch.model.topics.TopicSpec;
import org.wirewatch.model.topics.Topics;

/**
 * Stories in, mentions out and dead letters, counted from the topics' end offsets: the sum over
 * partitions of each topic's latest offset, read every {@link #REFRESH} by one admin client. This
 * costs one request per refresh however fast stories arrive, where a consumer would read every
 * byte. The price: an offset counts records since the topic was created (not since this process
 * started), and on topics written transactionally (mentions, by the exactly-once processor) each
 * commit marker takes an offset too, so those counts are an upper bound on records. Rates
 * ({@code rate()} in Prometheus) are what dashboards should show.
 */
public final class TopicOffsetCounters implements AutoCloseable {

    static final Duration REFRESH = Duration.ofSeconds(10);
    private static final Logger LOG = LoggerFactory.getLogger(TopicOffsetCounters.class);

    private final AdminClient admin;
    private final KafkaClientMetrics adminMetrics;
    private final ScheduledExecutorService refresher = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "topic-offset-counters");
        thread.setDaemon(true);
        return thread;
    });
    private final Map<String, AtomicLong> endOffsets = new ConcurrentHashMap<>();

    public TopicOffsetCounters(String bootstrapServers, MeterRegistry registry) {
        this.admin = AdminClient.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrapServers,
                AdminClientConfig.CLIENT_ID_CONFIG,
                "wirewatch-alerts-topic-counters"));
        this.adminMetrics = new KafkaClientMetrics(admin);
        adminMetrics.bindTo(registry);
        register(registry, WirewatchMeters.STORIES_IN, Topics.STORIES_RAW, null, null);
        register(registry, WirewatchMeters.MENTIONS_OUT, Topics.ARMS_TRANSFERS, WirewatchMeters.KIND, "ARMS_TRANSFER");
        register(registry, WirewatchMeters.MENTIONS_OUT, Topics.SANCTIONS, WirewatchMeters.KIND, "SANCTION");
        register(registry, WirewatchMeters.MENTIONS_OUT, Topics.STATEMENTS, WirewatchMeters.KIND, "STATEMENT");
        register(
                registry,
                WirewatchMeters.DEAD_LETTERS,
                Topics.PROCESSOR_DEAD_LETTERS,
                WirewatchMeters.SERVICE,
                "processor");
        register(registry, WirewatchMeters.DEAD_LETTERS, Topics.ALERTS_DEAD_LETTERS, WirewatchMeters.SERVICE, "alerts");
        refresher.scheduleWithFixedDelay(this::refresh, 0, REFRESH.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void register(MeterRegistry registry, String name, TopicSpec<?, ?> topic, String tag, String value) {
        AtomicLong offsets = endOffsets.computeIfAbsent(topic.name(), t -> new AtomicLong());
        var builder = FunctionCounter.builder(name, offsets, AtomicLong::doubleValue)
                .description("Records appended to " + topic.name() + " (sum of end offsets)")
                .tag("topic", topic.name());
        if (tag != null) {
            builder.tag(tag, value);
        }
        builder.register(registry);
    }

    private void refresh() {
        try {
            Map<TopicPartition, OffsetSpec> request = new HashMap<>();
            admin.describeTopics(List.copyOf(endOffsets.keySet()))
                    .topicNameValues()
                    .forEach((name, description) -> partitionsOf(name, description)
                            .forEach(p -> request.put(new TopicPartition(name, p), OffsetSpec.latest())));
            var offsets = admin.listOffsets(request).all().get(REFRESH.toMillis(), TimeUnit.MILLISECONDS);
            Map<String, Long> sums = new HashMap<>();
            offsets.forEach((partition, info) -> sums.merge(partition.topic(), info.offset(), Long::sum));
            // Counters never go down: a topic deleted and re-created keeps its last count.
            sums.forEach((name, sum) -> endOffsets.get(name).accumulateAndGet(sum, Math::max));
        } catch (ExecutionException | TimeoutException e) {
            LOG.debug("topic end offsets not refreshed: {}", e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** No partitions for a topic not created yet: its count stays where it is. */
    private static List<Integer> partitionsOf(String name, KafkaFuture<TopicDescription> description) {
        try {
            return description.get(REFRESH.toMillis(), TimeUnit.MILLISECONDS).partitions().stream()
                    .map(TopicPartitionInfo::partition)
                    .toList();
        } catch (ExecutionException | TimeoutException e) {
            LOG.debug("topic {} not described: {}", name, e.toString());
            return List.of();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return List.of();
        }
    }

    @Override
    public void close() {
        refresher.shutdownNow();
        adminMetrics.close();
        admin.close(Duration.ofSeconds(5));
    }
}
