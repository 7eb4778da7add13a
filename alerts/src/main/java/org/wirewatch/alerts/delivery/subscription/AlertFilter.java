package org.wirewatch.alerts.delivery.subscription;

import static java.util.Objects.requireNonNull;

import java.util.Set;
import org.wirewatch.model.Alert;
import org.wirewatch.model.Severity;
import org.wirewatch.model.TopicKind;

/**
 * Which alerts a subscription wants. Each empty set lets every alert through on that criterion;
 * all criteria must hold.
 *
 * @param states the alert concerns at least one of them (any of {@link Alert#states()})
 * @param kinds the alert's topic kind is one of them
 * @param alertTypes the alert's topic is one of them, e.g. {@code alerts.sanctions}
 * @param minSeverity the alert is at least this severe
 */
public record AlertFilter(Set<String> states, Set<TopicKind> kinds, Set<String> alertTypes, Severity minSeverity) {

    /** Every alert. */
    public static final AlertFilter ALL = new AlertFilter(Set.of(), Set.of(), Set.of(), Severity.LOW);

    public AlertFilter {
        states = Set.copyOf(states);
        kinds = Set.copyOf(kinds);
        alertTypes = Set.copyOf(alertTypes);
        requireNonNull(minSeverity, "minSeverity");
    }

    /** @param alertTopic the topic the alert was read from */
    public boolean matches(Alert alert, String alertTopic) {
        return (states.isEmpty() || alert.states().stream().anyMatch(states::contains))
                && (kinds.isEmpty() || kinds.contains(alert.topicKind()))
                && (alertTypes.isEmpty() || alertTypes.contains(alertTopic))
                && alert.severity().compareTo(minSeverity) >= 0;
    }
}
