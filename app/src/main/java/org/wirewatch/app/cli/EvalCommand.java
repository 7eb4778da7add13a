package org.wirewatch.app.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.wirewatch.app.eval.EvalReport;
import org.wirewatch.app.eval.Evaluation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
        name = "eval",
        mixinStandardHelpOptions = true,
        description = {
            "Score the monitor on a labelled corpus.",
            "Replays the corpus (stories/, gold/, timelines.json; see eval-format.md) and prints precision,",
            "recall and F1 per kind, modality accuracy, decoys with output, and alert F1. Given several",
            "corpora (one per writer), also prints their F1 side by side and pooled."
        })
public final class EvalCommand implements Callable<Integer> {

    @Option(
            names = "--corpus",
            required = true,
            paramLabel = "DIR",
            description = "Corpus folder; repeat for several, each scored on its own.")
    List<Path> corpora;

    @Option(names = "--misses", description = "Also list every extra and missed tuple.")
    boolean misses;

    @Override
    public Integer call() throws IOException {
        Map<Path, EvalReport> reports = new LinkedHashMap<>();
        for (Path corpus : corpora) {
            if (corpora.size() > 1) {
                System.out.printf("== %s%n", corpus);
            }
            EvalReport report = score(corpus);
            if (misses) {
                report.misses().forEach(System.out::println);
                System.out.println();
            }
            System.out.print(report.table());
            reports.put(corpus, report);
        }
        if (corpora.size() > 1) {
            System.out.println();
            System.out.print(EvalReport.summaryHeading());
            reports.forEach((corpus, report) ->
                    System.out.print(report.summaryRow(corpus.getFileName().toString())));
            System.out.print(reports.values().stream()
                    .reduce(EvalReport::plus)
                    .orElseThrow()
                    .summaryRow("pooled"));
        }
        return 0;
    }

    /** Each corpus is replayed from an empty state of its own: no speaker learned in one helps another. */
    private static EvalReport score(Path corpus) throws IOException {
        Path stateDir = Files.createTempDirectory("wirewatch-eval");
        try {
            return Evaluation.run(corpus, stateDir);
        } finally {
            TempDirs.delete(stateDir);
        }
    }
}
