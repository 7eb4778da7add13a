package org.wirewatch.app.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.wirewatch.model.ArmsTransferMention;
import org.wirewatch.model.SanctionMention;
import org.wirewatch.model.StanceShiftAlert;
import org.wirewatch.model.Statement;

/**
 * The tuples {@code eval-format.md} scores, built alike from gold labels and from outputs, so that
 * matching is plain equality. Statement and alert topics compare by line (kind and parties), without
 * the weapon category.
 */
final class Tuples {

    record Arms(String supplier, String recipient, String category) {}

    record Sanction(String imposer, String target, String action) {}

    record Stated(String state, String line, String stance) {}

    record Alert(String state, String line, String from, String to) {}

    private Tuples() {}

    static Arms of(Gold.Arms gold) {
        return new Arms(gold.supplier(), gold.recipient(), String.valueOf(gold.category()));
    }

    static Arms of(ArmsTransferMention mention) {
        return new Arms(
                mention.supplier(),
                mention.recipient(),
                mention.weapon().category().name());
    }

    static Sanction of(Gold.Sanction gold) {
        return new Sanction(gold.imposer(), gold.target(), gold.action().name());
    }

    static Sanction of(SanctionMention mention) {
        return new Sanction(
                mention.imposer(), mention.target(), mention.action().name());
    }

    static Stated of(Gold.GoldStatement gold) {
        return new Stated(gold.state(), gold.topic().line(), gold.stance().name());
    }

    static Stated of(Statement statement) {
        return new Stated(
                statement.state(), statement.topic().line(), statement.stance().name());
    }

    static Alert of(Gold.ExpectedAlert gold) {
        return new Alert(
                gold.state(), gold.topic().line(), gold.from().name(), gold.to().name());
    }

    static Alert of(StanceShiftAlert alert) {
        return new Alert(
                alert.state(),
                alert.topic().line(),
                alert.from().stance().name(),
                alert.to().stance().name());
    }

    /** Set comparison: the labels list each distinct tuple once, however often the story says it. */
    static <T> Score compare(Set<T> gold, Set<T> predicted, List<String> misses, String where) {
        int tp = 0;
        for (T tuple : predicted) {
            if (gold.contains(tuple)) {
                tp++;
            } else {
                misses.add(where + "  extra   " + tuple);
            }
        }
        gold.stream().filter(t -> !predicted.contains(t)).forEach(t -> misses.add(where + "  missed  " + t));
        return new Score(tp, predicted.size() - tp, gold.size() - tp);
    }

    /** Multiset comparison for alerts: the same shift expected twice must be raised twice. */
    static Score compareCounted(List<Alert> gold, List<Alert> predicted, List<String> misses, String where) {
        Map<Alert, Long> left = new HashMap<>(counts(gold));
        List<Alert> extra = new ArrayList<>();
        for (Alert alert : predicted) {
            if (left.getOrDefault(alert, 0L) > 0) {
                left.merge(alert, -1L, Long::sum);
            } else {
                extra.add(alert);
            }
        }
        extra.forEach(a -> misses.add(where + "  extra   " + a));
        left.forEach((a, n) -> {
            for (long i = 0; i < n; i++) {
                misses.add(where + "  missed  " + a);
            }
        });
        int tp = predicted.size() - extra.size();
        return new Score(tp, extra.size(), gold.size() - tp);
    }

    private static Map<Alert, Long> counts(List<Alert> alerts) {
        return alerts.stream().collect(Collectors.groupingBy(a -> a, Collectors.counting()));
    }
}
