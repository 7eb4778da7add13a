package org.wirewatch.alerts.query;

import java.time.Instant;
import java.util.Set;
import org.wirewatch.model.Severity;
import org.wirewatch.model.TopicKind;

/**
 * Which alerts a reader wants; an empty set or a null bound means "any".
 *
 * @param states alerts concerning any of these states
 * @param kinds alerts about any of these topic kinds
 * @param types alerts from any of these topics ({@code alerts.stance-shifts} …)
 * @param minSeverity at least this severe, or null
 * @param since published at or after this time, or null
 */
public record AlertFilter(
        Set<String> states, Set<TopicKind> kinds, Set<String> types, Severity minSeverity, Instant since) {

    public static final AlertFilter ALL = new AlertFilter(Set.of(), Set.of(), Set.of(), null, null);

    public AlertFilter {
        states = Set.copyOf(states);
        kinds = Set.copyOf(kinds);
        types = Set.copyOf(types);
    }

    public boolean accepts(AlertEntry entry) {
        var alert = entry.alert();
        return (states.isEmpty() || alert.states().stream().anyMatch(states::contains))
                && (kinds.isEmpty() || kinds.contains(alert.topicKind()))
                && (types.isEmpty() || types.contains(entry.type()))
                && (minSeverity == null || alert.severity().compareTo(minSeverity) >= 0)
                && (since == null || !alert.at().isBefore(since));
    }
}
