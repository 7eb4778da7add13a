package org.wirewatch.alerts.api.pipeline;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * What one sampling of wirewatch's topics and consumer groups read.
 *
 * @param at when it was taken
 * @param endOffsets per topic name, the sum of its partitions' end offsets; a topic that does not
 *     exist (yet) is absent
 * @param consumerLag per {@link org.wirewatch.model.topics.PipelineStage#name() stage}, records its
 *     group has still to read ({@link ConsumerLag}); null when the group has committed nothing or
 *     could not be asked
 * @param deadLetters per stage, records in its dead-letter topic, counted exactly; null when not
 *     counted (yet)
 * @param lastStoryAt when the newest record now in {@code stories.raw} was appended, or null when
 *     it holds none
 */
public record PipelineSample(
        Instant at,
        Map<String, Long> endOffsets,
        Map<String, Long> consumerLag,
        Map<String, Long> deadLetters,
        Instant lastStoryAt) {

    public PipelineSample {
        requireNonNull(at, "at");
        endOffsets = Map.copyOf(endOffsets);
        consumerLag = copyKeepingNulls(consumerLag);
        deadLetters = copyKeepingNulls(deadLetters);
    }

    /** Sorted by key, and unlike {@link Map#copyOf} it keeps null values: "unknown" is an answer. */
    static Map<String, Long> copyKeepingNulls(Map<String, Long> values) {
        return Collections.unmodifiableMap(new TreeMap<>(values));
    }
}
