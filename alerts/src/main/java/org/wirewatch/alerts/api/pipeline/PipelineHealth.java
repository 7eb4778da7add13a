package org.wirewatch.alerts.api.pipeline;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.wirewatch.model.topics.PipelineStage;
import org.wirewatch.model.topics.Topics;

/**
 * {@code GET /api/pipeline}: how the pipeline is doing, from the last two {@link PipelineSample}s.
 * Every instance of the alerts service answers alike, since all read the same topics and groups.
 * A null value means "not known", never zero.
 *
 * @param storiesPerSecond stories appended to {@code stories.raw} per second between the last two
 *     samples; null until there are two
 * @param consumerLag per stage ({@code processor}, {@code alerts}): records its consumer group has
 *     still to read, see {@link ConsumerLag}; null when it has committed nothing yet
 * @param deadLetters per stage: records in its dead-letter topic, counted exactly (transaction
 *     markers are not records)
 * @param lastStoryAt when the newest story was appended to {@code stories.raw}; null when empty
 */
public record PipelineHealth(
        Double storiesPerSecond, Map<String, Long> consumerLag, Map<String, Long> deadLetters, Instant lastStoryAt) {

    /**
     * Samples older than this are not shown: when sampling fails (the brokers are unreachable),
     * the page should say "unknown" rather than show the last good numbers as current.
     */
    static final Duration STALE_AFTER = PipelineSampler.PERIOD.multipliedBy(3);

    public PipelineHealth {
        consumerLag = PipelineSample.copyKeepingNulls(consumerLag);
        deadLetters = PipelineSample.copyKeepingNulls(deadLetters);
    }

    /** Nothing known: every field null, every stage listed. */
    public static PipelineHealth unknown() {
        Map<String, Long> none = new HashMap<>();
        PipelineStage.all().forEach(stage -> none.put(stage.name(), null));
        return new PipelineHealth(null, none, none, null);
    }

    /**
     * @param previous the sample before {@code latest}, or null
     * @param latest the newest sample, or null when none was taken yet
     * @param now the time of the request
     */
    static PipelineHealth of(PipelineSample previous, PipelineSample latest, Instant now) {
        if (latest == null || latest.at().isBefore(now.minus(STALE_AFTER))) {
            return unknown();
        }
        return new PipelineHealth(
                storiesPerSecond(previous, latest), latest.consumerLag(), latest.deadLetters(), latest.lastStoryAt());
    }

    /** Null without two samples that both saw the topic, or when its offsets went back (re-created). */
    static Double storiesPerSecond(PipelineSample previous, PipelineSample latest) {
        if (previous == null) {
            return null;
        }
        Long before = previous.endOffsets().get(Topics.STORIES_RAW.name());
        Long after = latest.endOffsets().get(Topics.STORIES_RAW.name());
        long nanos = Duration.between(previous.at(), latest.at()).toNanos();
        if (before == null || after == null || after < before || nanos <= 0) {
            return null;
        }
        return (after - before) * 1e9 / nanos;
    }
}
