package org.wirewatch.alerts.stance;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.wirewatch.model.Statement;
import org.wirewatch.model.WeaponCategory;

/**
 * A line's statements applied in publication order to the positions held before them: where the
 * state stands afterwards, which statements moved it (the shifts), and the timeline. Replaying the
 * grace period through a fold is what lets a late story take its place in the order.
 */
final class LineFold {

    private final Map<WeaponCategory, Position> positions;
    private final List<Shift> shifts = new ArrayList<>();
    private final List<HistoryPoint> points = new ArrayList<>();

    /** A statement that moved a position, and the position it moved. */
    record Shift(Statement statement, Position prior) {}

    LineFold(Map<WeaponCategory, Position> start) {
        this.positions = new TreeMap<>(start);
    }

    static LineFold of(Map<WeaponCategory, Position> start, List<Statement> statements) {
        LineFold fold = new LineFold(start);
        statements.forEach(fold::apply);
        return fold;
    }

    void apply(Statement statement) {
        WeaponCategory category = StanceLine.categoryOf(statement.topic());
        Position own = positions.get(category);
        Position prior = own != null ? own : positions.get(WeaponCategory.UNSPECIFIED);
        if (prior == null || prior.stance().score() == statement.score()) {
            positions.put(category, own == null ? Position.of(statement) : own.corroboratedBy(statement));
            points.add(point(statement, false));
        } else if (movesTheLine(statement, prior)) {
            shifts.add(new Shift(statement, prior));
            positions.put(category, Position.of(statement));
            points.add(point(statement, true));
        } else {
            points.add(point(statement, false));
        }
    }

    Map<WeaponCategory, Position> positions() {
        return positions;
    }

    List<Shift> shifts() {
        return shifts;
    }

    List<HistoryPoint> points() {
        return points;
    }

    /**
     * Only the state's present words move its line: not words the story recalls ("had earlier
     * denied"), and not a statement published before the position it would overturn. Nor does a
     * story contradict its own lead: "admitted sending drones, but said claims of drones for the
     * war are wrong" has one line, the one it opened with.
     */
    private static boolean movesTheLine(Statement statement, Position prior) {
        return !statement.background()
                && !statement.publishedAt().isBefore(prior.since())
                && !prior.statedIn(statement.storyId());
    }

    private static HistoryPoint point(Statement statement, boolean shift) {
        return new HistoryPoint(
                StanceLine.categoryOf(statement.topic()),
                statement.stance(),
                statement.score(),
                statement.publishedAt(),
                statement.background(),
                shift,
                Position.evidenceOf(statement));
    }
}
