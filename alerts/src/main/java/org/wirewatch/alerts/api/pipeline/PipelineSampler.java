package org.wirewatch.alerts.api.pipeline;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.kafka.KafkaClientMetrics;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListConsumerGroupOffsetsSpec;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.TopicPartitionInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.wirewatch.model.topics.PipelineStage;
import org.wirewatch.model.topics.TopicSpec;
import org.wirewatch.model.topics.Topics;

/**
 * The one sampler of wirewatch's topics and consumer groups: every {@link #PERIOD}, one admin
 * client reads the end offsets of the pipeline's topics, the groups' committed offsets and the
 * append time of the newest story, and a {@link DeadLetterCounter} reads what is new in the
 * dead-letter topics. A few small requests per period however fast stories arrive. {@code
 * /api/pipeline} ({@link #health()}) and the Prometheus topic counters both read these samples, so
 * they agree.
 */
public final class PipelineSampler implements AutoCloseable {

    /** As often as the dashboard asks; each sample costs a handful of small requests. */
    public static final Duration PERIOD = Duration.ofSeconds(5);

    /** Besides the stages' inputs and dead letters: the topics the Prometheus counters count. */
    private static final List<TopicSpec<?, ?>> COUNTED_TOPICS =
            List.of(Topics.STORIES_RAW, Topics.ARMS_TRANSFERS, Topics.SANCTIONS, Topics.STATEMENTS);

    private static final Logger LOG = LoggerFactory.getLogger(PipelineSampler.class);
    /** Dead letters are read within a share of the period, so one sample never runs into the next. */
    private static final Duration DEAD_LETTER_BUDGET = PERIOD.dividedBy(2);

    private final AdminClient admin;
    private final KafkaClientMetrics adminMetrics;
    private final DeadLetterCounter deadLetterCounter;
    private final List<Consumer<PipelineSample>> listeners = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService refresher = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "pipeline-sampler");
        thread.setDaemon(true);
        return thread;
    });
    private volatile Samples samples = new Samples(null, null);

    private record Samples(PipelineSample previous, PipelineSample latest) {}

    private PipelineSampler(String bootstrapServers, MeterRegistry registry) {
        this.admin = AdminClient.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrapServers,
                AdminClientConfig.CLIENT_ID_CONFIG,
                "wirewatch-alerts-pipeline-sampler"));
        this.adminMetrics = new KafkaClientMetrics(admin);
        adminMetrics.bindTo(registry);
        this.deadLetterCounter = new DeadLetterCounter(bootstrapServers);
    }

    /** Samples now and every {@link #PERIOD} until closed; its admin client's metrics go to {@code registry}. */
    public static PipelineSampler start(String bootstrapServers, MeterRegistry registry) {
        PipelineSampler sampler = new PipelineSampler(bootstrapServers, registry);
        sampler.refresher.scheduleWithFixedDelay(sampler::refresh, 0, PERIOD.toMillis(), TimeUnit.MILLISECONDS);
        return sampler;
    }

    /** {@code listener} gets every later sample, on the sampling thread; it must be quick. */
    public void onSample(Consumer<PipelineSample> listener) {
        listeners.add(listener);
    }

    public PipelineHealth health() {
        Samples now = samples;
        return PipelineHealth.of(now.previous(), now.latest(), Instant.now());
    }

    private void refresh() {
        try {
            PipelineSample sample = sample();
            samples = new Samples(samples.latest(), sample);
            listeners.forEach(listener -> listener.accept(sample));
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            // an exception leaving this method would cancel every later run
            LOG.debug("pipeline not sampled: {}", e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private PipelineSample sample() throws ExecutionException, TimeoutException, InterruptedException {
        Instant at = Instant.now();
        Map<String, List<TopicPartition>> partitions = partitions();
        Map<TopicPartition, Long> ends = offsets(all(partitions.values()), OffsetSpec.latest());
        Map<String, Long> endOffsets = new HashMap<>();
        ends.forEach((partition, end) -> endOffsets.merge(partition.topic(), end, Long::sum));
        return new PipelineSample(
                at, endOffsets, consumerLag(partitions, ends), deadLetters(partitions), lastStoryAt(partitions));
    }

    /** Per topic sampled, its partitions; a topic not created yet is absent. */
    private Map<String, List<TopicPartition>> partitions()
            throws ExecutionException, TimeoutException, InterruptedException {
        Set<String> existing = get(admin.listTopics().names());
        List<String> names = Stream.concat(
                        COUNTED_TOPICS.stream(),
                        PipelineStage.all().stream()
                                .flatMap(stage ->
                                        Stream.concat(stage.inputs().stream(), Stream.of(stage.deadLetters()))))
                .map(TopicSpec::name)
                .filter(existing::contains)
                .distinct()
                .toList();
        Map<String, List<TopicPartition>> partitions = new HashMap<>();
        get(admin.describeTopics(names).allTopicNames())
                .forEach((name, description) -> partitions.put(
                        name,
                        description.partitions().stream()
                                .map(TopicPartitionInfo::partition)
                                .map(p -> new TopicPartition(name, p))
                                .toList()));
        return partitions;
    }

    private Map<String, Long> consumerLag(Map<String, List<TopicPartition>> partitions, Map<TopicPartition, Long> ends)
            throws ExecutionException, TimeoutException, InterruptedException {
        Map<PipelineStage, List<TopicPartition>> inputs = new HashMap<>();
        PipelineStage.all().forEach(stage -> inputs.put(stage, of(partitions, stage.inputs())));
        Map<TopicPartition, Long> starts = offsets(all(inputs.values()), OffsetSpec.earliest());
        Map<String, ListConsumerGroupOffsetsSpec> groups = new HashMap<>();
        PipelineStage.all().forEach(stage -> groups.put(stage.applicationId(), new ListConsumerGroupOffsetsSpec()));
        var committed = admin.listConsumerGroupOffsets(groups);
        Map<String, Long> lag = new HashMap<>();
        for (PipelineStage stage : PipelineStage.all()) {
            Long stageLag = null;
            try {
                Map<TopicPartition, Long> offsets = new HashMap<>();
                get(committed.partitionsToOffsetAndMetadata(stage.applicationId()))
                        .forEach((partition, at) -> {
                            if (at != null) {
                                offsets.put(partition, at.offset());
                            }
                        });
                stageLag = ConsumerLag.of(inputs.get(stage), ends, starts, offsets);
            } catch (ExecutionException | TimeoutException e) {
                // e.g. a group the coordinator does not know yet: it has committed nothing
                LOG.debug("offsets of group {} not read: {}", stage.applicationId(), e.toString());
            }
            lag.put(stage.name(), stageLag);
        }
        return lag;
    }

    private Map<String, Long> deadLetters(Map<String, List<TopicPartition>> partitions) {
        Set<TopicPartition> deadLetterPartitions = new HashSet<>(of(
                partitions,
                PipelineStage.all().stream()
                        .<TopicSpec<?, ?>>map(PipelineStage::deadLetters)
                        .toList()));
        Map<String, Long> counted = deadLetterCounter.count(deadLetterPartitions, DEAD_LETTER_BUDGET);
        Map<String, Long> byStage = new HashMap<>();
        PipelineStage.all()
                .forEach(stage -> byStage.put(
                        stage.name(), counted.get(stage.deadLetters().name())));
        return byStage;
    }

    /** With log-append timestamps, a partition's largest timestamp is when its newest record came. */
    private Instant lastStoryAt(Map<String, List<TopicPartition>> partitions)
            throws ExecutionException, TimeoutException, InterruptedException {
        List<TopicPartition> stories = of(partitions, List.of(Topics.STORIES_RAW));
        Map<TopicPartition, OffsetSpec> request = new HashMap<>();
        stories.forEach(partition -> request.put(partition, OffsetSpec.maxTimestamp()));
        long newest = get(admin.listOffsets(request).all()).values().stream()
                .filter(info -> info.offset() >= 0) // -1: an empty partition
                .mapToLong(ListOffsetsResultInfo::timestamp)
                .max()
                .orElse(-1);
        return newest < 0 ? null : Instant.ofEpochMilli(newest);
    }

    private Map<TopicPartition, Long> offsets(Collection<TopicPartition> partitions, OffsetSpec spec)
            throws ExecutionException, TimeoutException, InterruptedException {
        Map<TopicPartition, OffsetSpec> request = new HashMap<>();
        partitions.forEach(partition -> request.put(partition, spec));
        Map<TopicPartition, Long> offsets = new HashMap<>();
        get(admin.listOffsets(request).all()).forEach((partition, info) -> offsets.put(partition, info.offset()));
        return offsets;
    }

    private static List<TopicPartition> of(Map<String, List<TopicPartition>> partitions, List<TopicSpec<?, ?>> topics) {
        return topics.stream()
                .flatMap(topic -> partitions.getOrDefault(topic.name(), List.of()).stream())
                .toList();
    }

    private static Set<TopicPartition> all(Collection<List<TopicPartition>> partitions) {
        Set<TopicPartition> all = new HashSet<>();
        partitions.forEach(all::addAll);
        return all;
    }

    private static <T> T get(KafkaFuture<T> future) throws ExecutionException, TimeoutException, InterruptedException {
        return future.get(PERIOD.toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * Stops sampling. The clients are closed on the sampling thread, after a sample under way: a
     * consumer must not be closed by one thread while another uses it.
     */
    @Override
    public void close() {
        refresher.execute(this::closeClients);
        refresher.shutdown();
        deadLetterCounter.wakeup();
        try {
            refresher.awaitTermination(PERIOD.multipliedBy(2).toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void closeClients() {
        deadLetterCounter.close();
        adminMetrics.close();
        admin.close(Duration.ofSeconds(5));
    }
}
