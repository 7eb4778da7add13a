package org.wirewatch.model.topics;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.wirewatch.model.Affiliation;
import org.wirewatch.model.ArmsTransferMention;
import org.wirewatch.model.FeedState;
import org.wirewatch.model.NewTransferAlert;
import org.wirewatch.model.ParkedDelivery;
import org.wirewatch.model.RejectedInput;
import org.wirewatch.model.SanctionAlert;
import org.wirewatch.model.SanctionMention;
import org.wirewatch.model.StanceShiftAlert;
import org.wirewatch.model.Statement;
import org.wirewatch.model.Story;
import org.wirewatch.model.json.JsonSerde;

/**
 * Every topic wirewatch reads or writes, besides the internal changelog and repartition topics
 * Kafka Streams names itself. The public ones and their keys are the contract in {@code
 * domain.md}; their JSON Schemas are under {@code schemas/}.
 */
public final class Topics {

    /** Partitions of every public topic: statements and alerts must match to co-partition. */
    public static final int PARTITIONS = 6;

    private static final Map<String, String> MONTH = retention(Duration.ofDays(30));
    private static final Map<String, String> YEAR = retention(Duration.ofDays(365));

    /** Stories as ingested; key = story id. */
    public static final TopicSpec<String, Story> STORIES_RAW =
            new TopicSpec<>("stories.raw", Serdes.String(), JsonSerde.of(Story.class), PARTITIONS, MONTH);

    /** Input that could not become a story, with the reason; key = origin. */
    public static final TopicSpec<String, RejectedInput> STORIES_REJECTED =
            new TopicSpec<>("stories.rejected", Serdes.String(), JsonSerde.of(RejectedInput.class), PARTITIONS, MONTH);

    /** Key = story id. */
    public static final TopicSpec<String, ArmsTransferMention> ARMS_TRANSFERS = new TopicSpec<>(
            "mentions.arms-transfers", Serdes.String(), JsonSerde.of(ArmsTransferMention.class), PARTITIONS, YEAR);

    /** Key = story id. */
    public static final TopicSpec<String, SanctionMention> SANCTIONS = new TopicSpec<>(
            "mentions.sanctions", Serdes.String(), JsonSerde.of(SanctionMention.class), PARTITIONS, YEAR);

    /** Key = {@link Statement#key()}: state and line, so alerts co-partition with statements. */
    public static final TopicSpec<String, Statement> STATEMENTS =
            new TopicSpec<>("statements", Serdes.String(), JsonSerde.of(Statement.class), PARTITIONS, YEAR);

    /** Key = {@link StanceShiftAlert#key()}. */
    public static final TopicSpec<String, StanceShiftAlert> STANCE_SHIFTS = new TopicSpec<>(
            "alerts.stance-shifts", Serdes.String(), JsonSerde.of(StanceShiftAlert.class), PARTITIONS, YEAR);

    /** Key = {@link NewTransferAlert#key()}: the supplier→recipient pair. */
    public static final TopicSpec<String, NewTransferAlert> NEW_TRANSFERS = new TopicSpec<>(
            "alerts.new-transfers", Serdes.String(), JsonSerde.of(NewTransferAlert.class), PARTITIONS, YEAR);

    /** Key = {@link SanctionAlert#key()}: the target state. */
    public static final TopicSpec<String, SanctionAlert> SANCTION_ALERTS =
            new TopicSpec<>("alerts.sanctions", Serdes.String(), JsonSerde.of(SanctionAlert.class), PARTITIONS, YEAR);

    /**
     * People learned to speak for a state, key = name as written (full name, and surname when it is
     * distinctive). Compacted: the latest affiliation of a name is what counts.
     */
    public static final TopicSpec<String, Affiliation> SPEAKER_AFFILIATIONS = new TopicSpec<>(
            "speakers.affiliations",
            Serdes.String(),
            JsonSerde.of(Affiliation.class),
            PARTITIONS,
            Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT));

    /**
     * Webhook deliveries waiting for a later attempt, key = {@link ParkedDelivery#key()}. Compacted:
     * the latest attempt of a delivery is what counts, and a tombstone marks it delivered.
     */
    public static final TopicSpec<String, ParkedDelivery> WEBHOOK_PARKED = new TopicSpec<>(
            "alerts.webhook-parked",
            Serdes.String(),
            JsonSerde.of(ParkedDelivery.class),
            PARTITIONS,
            Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT));

    /**
     * What the feed poller remembers of each feed (version, recent item ids, counts), key = the
     * feed's name. Compacted: the latest state of a feed is what counts. One partition: a few
     * hundred small records at most, read whole at start.
     */
    public static final TopicSpec<String, FeedState> FEED_STATE = new TopicSpec<>(
            "feeds.state",
            Serdes.String(),
            JsonSerde.of(FeedState.class),
            1,
            Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT));

    /**
     * Records the processor could not read or process, as received (raw bytes) with Kafka Streams'
     * {@code __streams.errors.*} headers giving the reason.
     */
    public static final TopicSpec<Bytes, Bytes> PROCESSOR_DEAD_LETTERS =
            new TopicSpec<>("processor.dead-letters", Serdes.Bytes(), Serdes.Bytes(), 1, MONTH);

    /** Same as {@link #PROCESSOR_DEAD_LETTERS}, for the alerts service. */
    public static final TopicSpec<Bytes, Bytes> ALERTS_DEAD_LETTERS =
            new TopicSpec<>("alerts.dead-letters", Serdes.Bytes(), Serdes.Bytes(), 1, MONTH);

    private Topics() {}

    /** Every topic to create at start-up. */
    public static List<TopicSpec<?, ?>> all() {
        return List.of(
                STORIES_RAW,
                STORIES_REJECTED,
                ARMS_TRANSFERS,
                SANCTIONS,
                STATEMENTS,
                STANCE_SHIFTS,
                NEW_TRANSFERS,
                SANCTION_ALERTS,
                SPEAKER_AFFILIATIONS,
                WEBHOOK_PARKED,
                FEED_STATE,
                PROCESSOR_DEAD_LETTERS,
                ALERTS_DEAD_LETTERS);
    }

    /**
     * Time-based retention counted from when a record was written. Records carry the story's own
     * time in their value ({@code publishedAt}); were it also the record timestamp, retention would
     * count from it, and the broker would delete the output of an archive import or a replay of old
     * news within minutes of writing it, before anyone read it.
     */
    private static Map<String, String> retention(Duration duration) {
        return Map.of(
                TopicConfig.CLEANUP_POLICY_CONFIG,
                TopicConfig.CLEANUP_POLICY_DELETE,
                TopicConfig.RETENTION_MS_CONFIG,
                Long.toString(duration.toMillis()),
                TopicConfig.MESSAGE_TIMESTAMP_TYPE_CONFIG,
                "LogAppendTime");
    }
}
