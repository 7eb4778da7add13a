package org.wirewatch.alerts.stance;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import org.wirewatch.model.EstablishedStance;
import org.wirewatch.model.NewStance;
import org.wirewatch.model.Severity;
import org.wirewatch.model.StanceShiftAlert;
import org.wirewatch.model.Statement;

/** Builds the alert for a shift: its deterministic id, both sides with evidence, its severity. */
public final class ShiftAlerts {

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
                severity(magnitude),
                detectedAt);
    }

    private static Severity severity(int magnitude) {
        return magnitude >= 2 ? Severity.HIGH : Severity.MEDIUM;
    }

    private static String alertId(Statement statement, Position prior) {
        String identity = String.join(
                "|",
                statement.key(),
                StanceLine.categoryOf(statement.topic()).name(),
                prior.stance().name(),
                prior.since().toString(),
                statement.stance().name(),
                statement.storyId());
        return HexFormat.of().formatHex(sha256(identity), 0, 16);
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
