package org.wirewatch.alerts.stance;

import java.time.Instant;
import java.util.List;
import org.wirewatch.alerts.AlertIds;
import org.wirewatch.model.EstablishedStance;
import org.wirewatch.model.NewStance;
import org.wirewatch.model.Severity;
import org.wirewatch.model.StanceShiftAlert;
import org.wirewatch.model.Statement;

/** Builds the alert for a shift: its deterministic id, both sides with evidence, its severity. */
public final class ShiftAlerts {

    private static final Severity[] LEVELS = Severity.values();

    private final SpeakerStandings standings;

    public ShiftAlerts(SpeakerStandings standings) {
        this.standings = standings;
    }

    /**
     * The id hashes what defines the shift — line, both stances, when the old one was established,
     * and the story that moved it — so a replay or a restart yields the same id and receivers can
     * de-duplicate on it.
     */
    StanceShiftAlert shift(Statement statement, Position prior, Instant detectedAt) {
        int magnitude = Math.abs(statement.score() - prior.stance().score());
        return new StanceShiftAlert(
                alertId(statement, prior),
                statement.state(),
                statement.topic(),
                new EstablishedStance(prior.stance(), prior.since(), prior.evidence()),
                new NewStance(statement.stance(), statement.publishedAt(), List.of(Position.evidenceOf(statement))),
                magnitude,
                severity(magnitude, standings.of(statement.speaker(), statement.publishedAt())),
                detectedAt);
    }

    /**
     * One step is MEDIUM and a reversal (-1 to +1 or back) HIGH; a leader's words raise it one level
     * (a reversal by a president is CRITICAL), a junior speaker's lower it one.
     */
    static Severity severity(int magnitude, Standing standing) {
        int level = magnitude >= 2 ? Severity.HIGH.ordinal() : Severity.MEDIUM.ordinal();
        level += switch (standing) {
            case LEADER -> 1;
            case ORDINARY -> 0;
            case JUNIOR -> -1;
        };
        return LEVELS[Math.max(0, Math.min(LEVELS.length - 1, level))];
    }

    private static String alertId(Statement statement, Position prior) {
        return AlertIds.of(
                statement.key(),
                StanceLine.categoryOf(statement.topic()).name(),
                prior.stance().name(),
                prior.since().toString(),
                statement.stance().name(),
                statement.storyId());
    }
}
