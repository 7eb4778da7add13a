package org.wirewatch.alerts.query;

import java.time.Instant;
import java.util.Set;
import org.wirewatch.model.Alert;
import org.wirewatch.model.Severity;
import org.wirewatch.model.TopicKind;

/**
 * Which alerts a reader wants (an API query, a live stream, a webhook subscription); an empty set
 * or a null bound means "any".
 *
 * @param states alerts concerning any of these states
 * @param kinds alerts about any of these topic kinds
 * @param types alerts from any of these topics ({@code alerts.stance-shifts} …)
 * @param minSeverity at least this severe; null is read as the lowest
 * @param since published at or after this time, or null
 */
public record AlertFilter(
        Set<String> states, Set<TopicKind> kinds, Set<String> types, Severity minSeverity, Instant since) {

    public static final AlertFilter ALL = new AlertFilter(Set.of(), Set.of(), Set.of(), null, null);

    public AlertFilter {
        states = Set.copyOf(states);
        kinds = Set.copyOf(kinds);
        types = Set.copyOf(types);
        minSeverity = minSeverity == null ? Severity.LOW : minSeverity; // "any" is "at least the lowest"
    }

    /** A filter without a time bound, as webhook subscriptions and live streams use. */
    public static AlertFilter of(Set<String> states, Set<TopicKind> kinds, Set<String> types, Severity minSeverity) {
        return new AlertFilter(states, kinds, types, minSeverity, null);
    }

    public boolean accepts(AlertEntry entry) {
        return matches(entry.alert(), entry.type());
    }

    /** @param type the topic the alert was read from */
    public boolean matches(Alert alert, String type) {
        return (states.isEmpty() || alert.states().stream().anyMatch(states::contains))
                && (kinds.isEmpty() || kinds.contains(alert.topicKind()))
                && (types.isEmpty() || types.contains(type))
                && alert.severity().compareTo(minSeverity) >= 0
                && (since == null || !alert.at().isBefore(since));
    }
}
