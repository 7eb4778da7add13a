package org.wirewatch.alerts.stance;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;
import org.wirewatch.model.StanceShiftAlert;
import org.wirewatch.model.Statement;
import org.wirewatch.model.json.JsonSerde;

/**
 * Tracks each state's stance per line (the record key: state and line) and emits an alert when a
 * statement moves the score off the established position. The first statement sets a baseline;
 * repeats and syndicated copies only add evidence; a background statement ("had earlier denied")
 * can set a baseline the stream has not seen but never moves the line.
 *
 * <p>Order is publication time, not arrival. A statement published up to {@code grace} before the
 * line's latest one is placed where it belongs and the grace period is re-folded: a shift it
 * reveals alerts (late, with its own times), and a move already alerted is never alerted again —
 * not when a late story changes what it moved from, and not when another outlet's copy of the
 * same statement, handed over out of order, now comes first ({@link AlertedMove}). Older than
 * that, it can only set a baseline or corroborate, like a recollection.
 */
public final class StanceTracker implements Processor<String, Statement, String, StanceShiftAlert> {

    private final String storeName;
    private final ShiftAlerts alerts;
    private final Duration grace;
    private ProcessorContext<String, StanceShiftAlert> context;
    private KeyValueStore<String, StanceLine> lines;

    public StanceTracker(String storeName, ShiftAlerts alerts, Duration grace) {
        this.storeName = storeName;
        this.alerts = alerts;
        this.grace = grace;
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
        if (line.tooLate(statement, grace)) {
            StanceLine recalled = line.withRecalled(statement.asBackground());
            if (recalled != line) {
                lines.put(record.key(), recalled);
            }
            return;
        }
        StanceLine next = line.with(statement);
        if (next == line) {
            return; // another outlet's copy: nothing to fold, nothing to write
        }
        line = next;
        List<AlertedMove> raised = new ArrayList<>();
        for (LineFold.Shift shift : line.fold().shifts()) {
            if (!line.alerted(shift) && raised.stream().noneMatch(move -> move.covers(shift))) {
                StanceShiftAlert alert = alerts.shift(shift.statement(), shift.prior(), detectedAt());
                context.forward(record.withKey(alert.key()).withValue(alert));
                raised.add(AlertedMove.of(shift));
            }
        }
        lines.put(record.key(), line.withAlerted(raised).settle(grace));
    }

    private Instant detectedAt() {
        return Instant.ofEpochMilli(context.currentSystemTimeMs());
    }
}
