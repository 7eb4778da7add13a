package org.wirewatch.app.eval;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The scores of one corpus: micro precision/recall/F1 per kind, modality accuracy on matched arms
 * tuples, and how many decoys produced any output.
 *
 * @param misses one line per extra or missed tuple, for whoever tunes the extractor
 */
public record EvalReport(
        Score arms,
        Score sanctions,
        Score statements,
        Score alerts,
        int modalityCorrect,
        int modalityMatched,
        int decoysWithOutput,
        int decoys,
        int stories,
        int timelines,
        List<String> misses) {

    public EvalReport {
        misses = List.copyOf(misses);
    }

    /** Two corpora's scores as one: counts summed, misses kept in order. */
    public EvalReport plus(EvalReport other) {
        return new EvalReport(
                arms.plus(other.arms),
                sanctions.plus(other.sanctions),
                statements.plus(other.statements),
                alerts.plus(other.alerts),
                modalityCorrect + other.modalityCorrect,
                modalityMatched + other.modalityMatched,
                decoysWithOutput + other.decoysWithOutput,
                decoys + other.decoys,
                stories + other.stories,
                timelines + other.timelines,
                Stream.concat(misses.stream(), other.misses.stream()).toList());
    }

    /** The heading of {@link #summaryRow}'s columns. */
    public static String summaryHeading() {
        return String.format(
                Locale.ROOT,
                "%-24s %7s %7s %7s %7s %9s %8s%n",
                "F1 by corpus",
                "arms",
                "sanct.",
                "stmts",
                "alerts",
                "modality",
                "decoys");
    }

    /** One line of F1 per kind, for comparing corpora (writers) side by side. */
    public String summaryRow(String name) {
        return String.format(
                Locale.ROOT,
                "%-24s %7.3f %7.3f %7.3f %7.3f %9.3f %8s%n",
                name,
                arms.f1(),
                sanctions.f1(),
                statements.f1(),
                alerts.f1(),
                modalityMatched == 0 ? 1.0 : (double) modalityCorrect / modalityMatched,
                decoysWithOutput + "/" + decoys);
    }

    public String table() {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%d stories (%d decoys), %d timelines%n%n", stories, decoys, timelines));
        out.append(String.format(
                Locale.ROOT, "%-11s %5s %5s %5s %7s %7s %7s%n", "kind", "tp", "fp", "fn", "P", "R", "F1"));
        row(out, "arms", arms);
        row(out, "sanctions", sanctions);
        row(out, "statements", statements);
        row(out, "alerts", alerts);
        out.append(String.format(
                Locale.ROOT,
                "%nmodality accuracy  %d/%d = %.3f%n",
                modalityCorrect,
                modalityMatched,
                modalityMatched == 0 ? 1.0 : (double) modalityCorrect / modalityMatched));
        out.append(String.format(
                Locale.ROOT,
                "decoys with output %d/%d = %.3f%n",
                decoysWithOutput,
                decoys,
                decoys == 0 ? 0.0 : (double) decoysWithOutput / decoys));
        return out.toString();
    }

    private static void row(StringBuilder out, String kind, Score s) {
        out.append(String.format(
                Locale.ROOT,
                "%-11s %5d %5d %5d %7.3f %7.3f %7.3f%n",
                kind,
                s.truePositives(),
                s.falsePositives(),
                s.falseNegatives(),
                s.precision(),
                s.recall(),
                s.f1()));
    }
}
