package org.wirewatch.alerts;

import static org.wirewatch.streams.TopicSerdes.consumed;
import static org.wirewatch.streams.TopicSerdes.produced;

import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Named;
import org.wirewatch.alerts.stance.ShiftAlerts;
import org.wirewatch.alerts.stance.StanceTracker;
import org.wirewatch.model.topics.Topics;

/**
 * {@code statements} → stance tracker (state per state and line, persistent, changelogged) →
 * {@code alerts.stance-shifts}. Statements are keyed by state and line, so each line's history
 * lives in one task and no repartition is needed. A pure function: no I/O here.
 */
public final class AlertsTopology {

    /** Stance per state and line. Its name fixes the changelog topic's: do not rename. */
    public static final String STANCE_STORE = "stance-lines";

    private AlertsTopology() {}

    public static Topology build() {
        StreamsBuilder builder = new StreamsBuilder();
        builder.addStateStore(StanceTracker.storeBuilder(STANCE_STORE));
        ShiftAlerts alerts = new ShiftAlerts();
        builder.stream(Topics.STATEMENTS.name(), consumed(Topics.STATEMENTS, "statements"))
                .process(() -> new StanceTracker(STANCE_STORE, alerts), Named.as("stance-tracker"), STANCE_STORE)
                .to(Topics.STANCE_SHIFTS.name(), produced(Topics.STANCE_SHIFTS, "stance-shifts-sink"));
        return builder.build();
    }
}
