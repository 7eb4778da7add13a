package org.wirewatch.alerts.stance;

import java.time.Instant;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;
import org.wirewatch.model.StanceShiftAlert;
import org.wirewatch.model.Statement;
import org.wirewatch.model.WeaponCategory;
import org.wirewatch.model.json.JsonSerde;

/**
 * Tracks each state's stance per line (the record key: state and line) and emits an alert when a
 * statement moves the score off the established position. The first statement sets a baseline;
 * repeats and syndicated copies only add evidence; a background statement ("had earlier denied")
 * can set a baseline the stream has not seen but never moves the line, and neither can a
 * statement older than the position it contradicts.
 */
public final class StanceTracker implements Processor<String, Statement, String, StanceShiftAlert> {

    private final String storeName;
    private final ShiftAlerts alerts;
    private ProcessorContext<String, StanceShiftAlert> context;
    private KeyValueStore<String, StanceLine> lines;

    public StanceTracker(String storeName, ShiftAlerts alerts) {
        this.storeName = storeName;
        this.alerts = alerts;
    }

    /** The persistent, changelogged store of each state's positions per line. */
    public static StoreBuilder<KeyValueStore<String, StanceLine>> storeBuilder(String name) {
        return Stores.keyValueStoreBuilder(
                Stores.persistentKeyValueStore(name), Serdes.String(), JsonSerde.of(StanceLine.class));
    }

    @Override
    public void init(ProcessorContext<String, StanceShiftAlert> context) {
        this.context = context;
        this.lines = context.getStateStore(storeName);
    }

    @Override
    public void process(Record<String, Statement> record) {
        Statement statement = record.value();
        if (statement == null) {
            return;
        }
        StanceLine line = lines.get(record.key());
        line = line == null ? StanceLine.EMPTY : line;
        WeaponCategory category = StanceLine.categoryOf(statement.topic());
        Position prior = line.comparable(category);
        Position own = line.get(category);

        boolean differs = prior != null && prior.stance().score() != statement.score();
        if (!differs) {
            Position held = own == null ? Position.of(statement) : own.corroboratedBy(statement);
            lines.put(record.key(), line.with(category, held));
        } else if (movesTheLine(statement, prior)) {
            Instant detectedAt = Instant.ofEpochMilli(context.currentSystemTimeMs());
            StanceShiftAlert alert = alerts.shift(statement, prior, detectedAt);
            context.forward(record.withKey(alert.key()).withValue(alert));
            lines.put(record.key(), line.with(category, Position.of(statement)));
        }
    }

    /**
     * Only the state's present words move its line: not words the story recalls ("had earlier
     * denied"), and not a statement published before the position it would overturn — a story
     * that arrives late or out of order across partitions is older news, not a new line. Nor does a
     * story contradict its own lead: "admitted sending drones, but said claims of drones for the war
     * are wrong" has one line, the one it opened with.
     */
    private static boolean movesTheLine(Statement statement, Position prior) {
        return !statement.background()
                && !statement.publishedAt().isBefore(prior.since())
                && !prior.statedIn(statement.storyId());
    }
}
