package org.wirewatch.alerts.stance;

import java.time.Instant;
import org.wirewatch.model.AlertEvidence;
import org.wirewatch.model.Stance;
import org.wirewatch.model.Statement;
import org.wirewatch.model.WeaponCategory;

/**
 * One statement on a line's timeline, in publication order.
 *
 * @param shift true when it moved the state's established position (an alert was raised for it)
 * @param background true when the story recalled it as said earlier
 */
public record HistoryPoint(
        WeaponCategory category,
        Stance stance,
        int score,
        Instant at,
        boolean background,
        boolean shift,
        AlertEvidence evidence) {

    /** Whether {@code statement} says this point's words again within the syndication allowance. */
    boolean repeatedBy(Statement statement) {
        return stance == statement.stance()
                && category == StanceLine.categoryOf(statement.topic())
                && evidence.quote().equals(statement.quote())
                && AlertedMove.withinSyndication(at, statement.publishedAt());
    }
}
