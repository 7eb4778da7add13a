package org.wirewatch.alerts.stance;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.wirewatch.model.ArmsTransferTopic;
import org.wirewatch.model.Statement;
import org.wirewatch.model.StatementTopic;
import org.wirewatch.model.WeaponCategory;

/**
 * What a state holds on one line (a state-store value). Positions are per weapon category for arms
 * lines, with {@code UNSPECIFIED} for arms in general; sanctions and alignment lines have only
 * {@code UNSPECIFIED}.
 *
 * <p>Statements within the grace period of the line's latest one stay {@code recent}, in
 * publication order, and are folded onto the {@code settled} positions whenever the line is read
 * or changed: a late story takes its place in the order. Older ones are folded into {@code
 * settled} for good. {@code alerted} holds the moves already alerted that a re-fold could
 * meet again, so none is raised twice.
 */
public record StanceLine(
        Map<WeaponCategory, Position> settled,
        List<Statement> recent,
        List<AlertedMove> alerted,
        List<HistoryPoint> settledHistory) {

    static final StanceLine EMPTY = new StanceLine(Map.of(), List.of(), List.of(), List.of());

    /** Publication order; ties by story so every replay folds in the same order. */
    private static final Comparator<Statement> PUBLICATION_ORDER =
            Comparator.comparing(Statement::publishedAt).thenComparing(Statement::storyId);

    public StanceLine {
        settled = Map.copyOf(settled);
        recent = List.copyOf(recent);
        alerted = List.copyOf(alerted);
        settledHistory = List.copyOf(settledHistory);
    }

    static WeaponCategory categoryOf(StatementTopic topic) {
        return topic instanceof ArmsTransferTopic arms ? arms.category() : WeaponCategory.UNSPECIFIED;
    }

    LineFold fold() {
        return LineFold.of(settled, recent);
    }

    /**
     * Whether {@code statement} was published more than {@code grace} before the line's latest
     * statement: too late to be placed in the order, so it may only set a baseline or corroborate.
     */
    boolean tooLate(Statement statement, Duration grace) {
        Instant latest = latest();
        return latest != null && statement.publishedAt().isBefore(latest.minus(grace));
    }

    /**
     * With {@code statement} in its place. Word-for-word copies of a statement published within
     * {@link AlertedMove#SYNDICATION} of it are one statement, the earliest published: a hot line
     * carried by hundreds of outlets must not grow the store value, and the copies say nothing the
     * first did not. The same words days later are said again, and count.
     */
    StanceLine with(Statement statement) {
        List<Statement> next = new ArrayList<>(recent);
        Statement copyOf = next.stream()
                .filter(other -> sameWords(other, statement))
                .findFirst()
                .orElse(null);
        if (copyOf != null && PUBLICATION_ORDER.compare(statement, copyOf) >= 0) {
            return this;
        }
        next.remove(copyOf);
        next.add(statement);
        next.sort(PUBLICATION_ORDER);
        return new StanceLine(settled, next, alerted, settledHistory);
    }

    private static boolean sameWords(Statement a, Statement b) {
        return AlertedMove.withinSyndication(a.publishedAt(), b.publishedAt())
                && a.stance() == b.stance()
                && a.background() == b.background()
                && categoryOf(a.topic()) == categoryOf(b.topic())
                && a.quote().equals(b.quote());
    }

    /** Whether {@code shift} repeats a move already alerted. */
    boolean alerted(LineFold.Shift shift) {
        return alerted.stream().anyMatch(move -> move.covers(shift));
    }

    StanceLine withAlerted(List<AlertedMove> moves) {
        List<AlertedMove> next = new ArrayList<>(alerted);
        next.addAll(moves);
        return new StanceLine(settled, recent, next, settledHistory);
    }

    /** Folds into {@code settled} every recent statement published more than {@code grace} before the latest. */
    StanceLine settle(Duration grace) {
        Instant latest = latest();
        if (latest == null) {
            return this;
        }
        Instant horizon = latest.minus(grace);
        int old = 0;
        while (old < recent.size() && recent.get(old).publishedAt().isBefore(horizon)) {
            old++;
        }
        if (old == 0) {
            return this;
        }
        LineFold fold = LineFold.of(settled, recent.subList(0, old));
        // a move told before the horizon, less the syndication allowance, can no longer be re-folded
        Instant forgotten = horizon.minus(AlertedMove.SYNDICATION);
        List<AlertedMove> stillFoldable =
                alerted.stream().filter(m -> !m.at().isBefore(forgotten)).toList();
        return new StanceLine(
                fold.positions(),
                recent.subList(old, recent.size()),
                stillFoldable,
                bounded(settledHistory, fold.points()));
    }

    /** A statement too late to be ordered, applied to the settled positions as a recollection. */
    StanceLine withRecalled(Statement statement) {
        boolean told = settledHistory.stream().anyMatch(point -> point.repeatedBy(statement));
        if (told) {
            return this;
        }
        LineFold fold = new LineFold(settled);
        fold.apply(statement);
        return new StanceLine(fold.positions(), recent, alerted, bounded(settledHistory, fold.points()));
    }

    /** The positions held now, one per weapon category, in category order. */
    public List<CurrentStance> current(String key) {
        String state = key.substring(0, key.indexOf('|'));
        String line = key.substring(key.indexOf('|') + 1);
        return fold().positions().entrySet().stream()
                .map(e -> new CurrentStance(
                        key,
                        state,
                        line,
                        e.getKey(),
                        e.getValue().stance(),
                        e.getValue().stance().score(),
                        e.getValue().since(),
                        e.getValue().evidence()))
                .toList();
    }

    /** Every statement on the line in publication order, the latest {@link LineHistory#MAX_POINTS}. */
    public LineHistory history(String key) {
        String state = key.substring(0, key.indexOf('|'));
        String line = key.substring(key.indexOf('|') + 1);
        return new LineHistory(key, state, line, bounded(settledHistory, fold().points()));
    }

    private Instant latest() {
        if (!recent.isEmpty()) {
            return recent.get(recent.size() - 1).publishedAt();
        }
        return settled.values().stream()
                .map(Position::since)
                .max(Comparator.naturalOrder())
                .orElse(null);
    }

    private static List<HistoryPoint> bounded(List<HistoryPoint> older, List<HistoryPoint> newer) {
        List<HistoryPoint> all = new ArrayList<>(older);
        all.addAll(newer);
        return all.size() <= LineHistory.MAX_POINTS
                ? all
                : all.subList(all.size() - LineHistory.MAX_POINTS, all.size());
    }
}
