package org.wirewatch.model.topics;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * One of wirewatch's Kafka Streams services as the rest of the system sees it: the consumer group
 * it commits its progress under, the topics it reads through that group and where its dead letters
 * go. Declared here, next to the topics, so one service can watch another's progress (the alerts
 * service reports the processor's lag) without depending on its module.
 *
 * @param name short name, as in metric tags and the pipeline health, e.g. {@code processor}
 * @param applicationId Kafka Streams' application id: also the consumer group and the prefix of its
 *     internal topics. Changing it on a live system restarts processing from scratch
 * @param inputs topics read through the group; not global tables, whose consumers commit nothing
 * @param deadLetters where records it could not read, process or write go
 */
public record PipelineStage(
        String name, String applicationId, List<TopicSpec<?, ?>> inputs, TopicSpec<?, ?> deadLetters) {

    /** Stories in, mentions and statements out. */
    public static final PipelineStage PROCESSOR = new PipelineStage(
            "processor", "wirewatch-processor", List.of(Topics.STORIES_RAW), Topics.PROCESSOR_DEAD_LETTERS);

    /** Statements and mentions in, alerts out. */
    public static final PipelineStage ALERTS = new PipelineStage(
            "alerts",
            "wirewatch-alerts",
            List.of(Topics.STATEMENTS, Topics.ARMS_TRANSFERS, Topics.SANCTIONS),
            Topics.ALERTS_DEAD_LETTERS);

    public PipelineStage {
        requireNonNull(name, "name");
        requireNonNull(applicationId, "applicationId");
        requireNonNull(deadLetters, "deadLetters");
        inputs = List.copyOf(inputs);
    }

    /** In the order data flows. */
    public static List<PipelineStage> all() {
        return List.of(PROCESSOR, ALERTS);
    }
}
