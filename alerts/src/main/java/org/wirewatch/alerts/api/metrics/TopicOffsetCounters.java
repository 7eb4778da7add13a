package org.wirewatch.alerts.api.metrics;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.wirewatch.alerts.api.pipeline.PipelineSample;
import org.wirewatch.alerts.api.pipeline.PipelineSampler;
import org.wirewatch.model.topics.PipelineStage;
import org.wirewatch.model.topics.TopicSpec;
import org.wirewatch.model.topics.Topics;

/**
 * Stories in, mentions out and dead letters, as Prometheus counters, from the samples of the one
 * {@link PipelineSampler} (every {@link PipelineSampler#PERIOD}), which {@code /api/pipeline} reads
 * too.
 *
 * <p>Stories and mentions are counted from end offsets: the sum over partitions of each topic's
 * latest offset. This costs one request per sample however fast stories arrive, where a consumer
 * would read every byte. The price: an offset counts records since the topic was created (not since
 * this process started), and on topics written in transactions (mentions, by the exactly-once
 * processor) each commit marker takes an offset too, so those counts are an upper bound on records.
 * Rates ({@code rate()} in Prometheus) are what dashboards should show.
 *
 * <p>Dead letters are written in transactions too, but counted exactly, by a {@code read_committed}
 * consumer: there are few of them, and each one matters.
 */
public final class TopicOffsetCounters {

    private final Map<String, AtomicLong> endOffsets = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> deadLetters = new ConcurrentHashMap<>();

    private TopicOffsetCounters() {}

    /** Registers the counters in {@code registry}; every later sample of {@code sampler} updates them. */
    public static void register(PipelineSampler sampler, MeterRegistry registry) {
        new TopicOffsetCounters().registerIn(sampler, registry);
    }

    private void registerIn(PipelineSampler sampler, MeterRegistry registry) {
        register(registry, WirewatchMeters.STORIES_IN, Topics.STORIES_RAW, null, null);
        register(registry, WirewatchMeters.MENTIONS_OUT, Topics.ARMS_TRANSFERS, WirewatchMeters.KIND, "ARMS_TRANSFER");
        register(registry, WirewatchMeters.MENTIONS_OUT, Topics.SANCTIONS, WirewatchMeters.KIND, "SANCTION");
        register(registry, WirewatchMeters.MENTIONS_OUT, Topics.STATEMENTS, WirewatchMeters.KIND, "STATEMENT");
        for (PipelineStage stage : PipelineStage.all()) {
            AtomicLong count = deadLetters.computeIfAbsent(stage.name(), s -> new AtomicLong());
            FunctionCounter.builder(WirewatchMeters.DEAD_LETTERS, count, AtomicLong::doubleValue)
                    .description("Records in " + stage.deadLetters().name() + " (committed records, counted)")
                    .tag("topic", stage.deadLetters().name())
                    .tag(WirewatchMeters.SERVICE, stage.name())
                    .register(registry);
        }
        sampler.onSample(this::record);
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

    /** Counters never go down: a topic deleted and re-created keeps its last count. */
    private void record(PipelineSample sample) {
        endOffsets.forEach((topic, count) -> raise(count, sample.endOffsets().get(topic)));
        deadLetters.forEach((stage, count) -> raise(count, sample.deadLetters().get(stage)));
    }

    /** @param value null when the sample does not know it */
    private static void raise(AtomicLong count, Long value) {
        if (value != null) {
            count.accumulateAndGet(value, Math::max);
        }
    }
}
