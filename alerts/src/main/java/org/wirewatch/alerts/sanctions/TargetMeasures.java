package org.wirewatch.alerts.sanctions;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The measures against one target alerted within the repeat window (a state-store value). */
record TargetMeasures(List<MeasureSeen> measures) {

    static final TargetMeasures NONE = new TargetMeasures(List.of());

    TargetMeasures {
        measures = List.copyOf(measures);
    }

    boolean known(MeasureSeen measure, Duration window) {
        return measures.stream().anyMatch(seen -> seen.covers(measure, window));
    }

    /** With {@code measure} added and those more than {@code window} older than it dropped. */
    TargetMeasures with(MeasureSeen measure, Duration window) {
        Instant horizon = measure.at().minus(window);
        List<MeasureSeen> kept = new ArrayList<>();
        measures.stream().filter(m -> !m.at().isBefore(horizon)).forEach(kept::add);
        kept.add(measure);
        return new TargetMeasures(kept);
    }
}
