package org.wirewatch.alerts;

import static org.wirewatch.streams.TopicSerdes.consumed;
import static org.wirewatch.streams.TopicSerdes.produced;

import java.util.List;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.wirewatch.alerts.query.RecentAlerts;
import org.wirewatch.alerts.sanctions.SanctionMeasures;
import org.wirewatch.alerts.stance.ShiftAlerts;
import org.wirewatch.alerts.stance.StanceTracker;
import org.wirewatch.alerts.transfers.FirstReports;
import org.wirewatch.model.Alert;
import org.wirewatch.model.NewTransferAlert;
import org.wirewatch.model.topics.TopicSpec;
import org.wirewatch.model.topics.Topics;

/**
 * Three independent flows, each with persistent, changelogged state:
 *
 * <ul>
 *   <li>{@code statements} → stance tracker → {@code alerts.stance-shifts}. Statements are keyed by
 *       state and line, so each line's history lives in one task without a repartition.
 *   <li>{@code mentions.arms-transfers} → by supplier→recipient pair → first reports → {@code
 *       alerts.new-transfers}.
 *   <li>{@code mentions.sanctions} → by target → measures → {@code alerts.sanctions}.
 * </ul>
 *
 * Each alert is also kept in a recent-alerts store for the API. A pure function of its config.
 * Store and processor names fix changelog and repartition topic names: do not rename them.
 */
public final class AlertsTopology {

    public static final String STANCE_STORE = "stance-lines";
    public static final String PAIR_STORE = "transfer-pairs";
    public static final String MEASURE_STORE = "sanction-measures";
    public static final String RECENT_STANCE_SHIFTS = "recent-stance-shifts";
    public static final String RECENT_NEW_TRANSFERS = "recent-new-transfers";
    public static final String RECENT_SANCTIONS = "recent-sanctions";

    /** The stores the API lists alerts from. */
    public static final List<String> RECENT_ALERT_STORES =
            List.of(RECENT_STANCE_SHIFTS, RECENT_NEW_TRANSFERS, RECENT_SANCTIONS);

    private AlertsTopology() {}

    public static Topology build(AlertsConfig config) {
        StreamsBuilder builder = new StreamsBuilder();
        stanceShifts(builder, config);
        newTransfers(builder, config);
        sanctionMeasures(builder, config);
        return builder.build();
    }

    private static void stanceShifts(StreamsBuilder builder, AlertsConfig config) {
        builder.addStateStore(StanceTracker.storeBuilder(STANCE_STORE));
        ShiftAlerts alerts = new ShiftAlerts(config.standings());
        var shifts = builder.stream(Topics.STATEMENTS.name(), consumed(Topics.STATEMENTS, "statements"))
                .process(
                        () -> new StanceTracker(STANCE_STORE, alerts, config.grace()),
                        Named.as("stance-tracker"),
                        STANCE_STORE);
        publish(builder, shifts, Topics.STANCE_SHIFTS, RECENT_STANCE_SHIFTS, config);
    }

    private static void newTransfers(StreamsBuilder builder, AlertsConfig config) {
        builder.addStateStore(FirstReports.storeBuilder(PAIR_STORE));
        var reports = builder.stream(Topics.ARMS_TRANSFERS.name(), consumed(Topics.ARMS_TRANSFERS, "arms-transfers"))
                .filter((storyId, mention) -> FirstReports.isReport(mention), Named.as("transfer-reports"))
                .selectKey(
                        (storyId, mention) -> NewTransferAlert.keyOf(mention.supplier(), mention.recipient()),
                        Named.as("by-pair"))
                .repartition(Repartitioned.with(Topics.ARMS_TRANSFERS.keySerde(), Topics.ARMS_TRANSFERS.valueSerde())
                        .withName("transfers-by-pair"))
                .process(
                        () -> new FirstReports(PAIR_STORE, config.quietWindow()),
                        Named.as("first-reports"),
                        PAIR_STORE);
        publish(builder, reports, Topics.NEW_TRANSFERS, RECENT_NEW_TRANSFERS, config);
    }

    private static void sanctionMeasures(StreamsBuilder builder, AlertsConfig config) {
        builder.addStateStore(SanctionMeasures.storeBuilder(MEASURE_STORE));
        var measures = builder.stream(Topics.SANCTIONS.name(), consumed(Topics.SANCTIONS, "sanctions"))
                .filter((storyId, mention) -> SanctionMeasures.isMeasureOnAState(mention), Named.as("measures"))
                .selectKey((storyId, mention) -> mention.target(), Named.as("by-target"))
                .repartition(Repartitioned.with(Topics.SANCTIONS.keySerde(), Topics.SANCTIONS.valueSerde())
                        .withName("sanctions-by-target"))
                .process(
                        () -> new SanctionMeasures(MEASURE_STORE, config.repeatWindow()),
                        Named.as("sanction-measures"),
                        MEASURE_STORE);
        publish(builder, measures, Topics.SANCTION_ALERTS, RECENT_SANCTIONS, config);
    }

    private static <A extends Alert> void publish(
            StreamsBuilder builder,
            KStream<String, A> alerts,
            TopicSpec<String, A> topic,
            String store,
            AlertsConfig config) {
        builder.addStateStore(RecentAlerts.storeBuilder(store));
        alerts.process(() -> new RecentAlerts<A>(store, config.retention()), Named.as(store), store)
                .to(topic.name(), produced(topic, topic.name() + "-sink"));
    }
}
