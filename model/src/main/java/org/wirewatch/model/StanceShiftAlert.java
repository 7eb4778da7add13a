package org.wirewatch.model;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;

/**
 * State {@code state} moved on {@code topic} from an established position to a new one; published
 * to {@code alerts.stance-shifts}, keyed like {@link Statement#key()}.
 *
 * @param alertId deterministic: a replay of the same stories yields the same id
 * @param magnitude |to.score - from.score|, 1 or 2
 * @param detectedAt when the monitor detected it (in a replay, the story's own time)
 */
public record StanceShiftAlert(
        String alertId,
        String state,
        StatementTopic topic,
        EstablishedStance from,
        NewStance to,
        int magnitude,
        Severity severity,
        Instant detectedAt)
        implements Alert {

    public StanceShiftAlert {
        requireNonNull(alertId, "alertId");
        requireNonNull(state, "state");
        requireNonNull(topic, "topic");
        requireNonNull(from, "from");
        requireNonNull(to, "to");
        requireNonNull(severity, "severity");
        requireNonNull(detectedAt, "detectedAt");
        if (magnitude != Math.abs(to.score() - from.score()) || magnitude == 0) {
            throw new IllegalArgumentException(
                    "magnitude " + magnitude + " does not match " + from.stance() + " -> " + to.stance());
        }
    }

    public String key() {
        return StanceKey.of(state, topic);
    }

    @Override
    public Instant at() {
        return to.at();
    }

    @Override
    public Set<String> states() {
        Set<String> states = new TreeSet<>(topic.parties());
        states.add(state);
        return Set.copyOf(states);
    }

    @Override
    public TopicKind topicKind() {
        return topic.kind();
    }

    @Override
    public String headline() {
        return state + " on " + topic.line() + ": " + from.stance() + " -> " + to.stance();
    }
}
