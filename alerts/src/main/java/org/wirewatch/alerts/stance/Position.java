package org.wirewatch.alerts.stance;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.wirewatch.model.AlertEvidence;
import org.wirewatch.model.Stance;
import org.wirewatch.model.Statement;

/**
 * A stance a state holds on one weapon category of a line (or on the whole line), since when, and
 * the statements that show it — several outlets carrying the same statement add evidence, not
 * alerts. {@code recalled} when a story's recollection ("had earlier denied") set it.
 */
record Position(Stance stance, Instant since, List<AlertEvidence> evidence, boolean recalled) {

    /** Evidence kept per position: enough to prove it, bounded so state stays small. */
    static final int MAX_EVIDENCE = 5;

    Position {
        evidence = List.copyOf(evidence);
    }

    static Position of(Statement statement) {
        return new Position(
                statement.stance(), statement.publishedAt(), List.of(evidenceOf(statement)), statement.background());
    }

    /** Whether {@code storyId} set this position with the state's own present words. */
    boolean statedIn(String storyId) {
        return !recalled && evidence.get(0).storyId().equals(storyId);
    }

    /** This position with one more piece of evidence, unless that story is already counted. */
    Position corroboratedBy(Statement statement) {
        boolean known = evidence.stream().anyMatch(e -> e.storyId().equals(statement.storyId()));
        if (known || evidence.size() >= MAX_EVIDENCE) {
            return this;
        }
        List<AlertEvidence> more = new ArrayList<>(evidence);
        more.add(evidenceOf(statement));
        return new Position(stance, since, more, recalled);
    }

    static AlertEvidence evidenceOf(Statement statement) {
        return new AlertEvidence(statement.storyId(), statement.url(), statement.speaker(), statement.quote());
    }
}
