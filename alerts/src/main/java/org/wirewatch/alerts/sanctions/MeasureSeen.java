package org.wirewatch.alerts.sanctions;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.wirewatch.model.SanctionAction;

/** A measure against a target already alerted: who acted, how, on whom, when it was first told. */
record MeasureSeen(String imposer, SanctionAction action, Set<String> entities, Instant at) {

    MeasureSeen {
        entities = Set.copyOf(entities);
    }

    /**
     * Whether a report is this measure again: same imposer and action, told within {@code window}
     * of it, and naming none of the entities or some of the same ones. "US sanctions Iranian drone
     * makers" re-told next day is the same measure; new names a week later are a new one.
     */
    boolean covers(MeasureSeen other, Duration window) {
        return imposer.equals(other.imposer)
                && action == other.action
                && !other.at.isAfter(at.plus(window))
                && !other.at.isBefore(at.minus(window))
                && (entities.isEmpty()
                        || other.entities.isEmpty()
                        || entities.stream().anyMatch(other.entities::contains));
    }
}
