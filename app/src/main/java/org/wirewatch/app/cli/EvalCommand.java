package org.wirewatch.app.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
            "recall and F1 per kind, modality accuracy, decoys with output, and alert F1."
        })
public final class EvalCommand implements Callable<Integer> {

    @Option(names = "--corpus", required = true, paramLabel = "DIR", description = "Corpus folder.")
    Path corpus;

    @Option(names = "--misses", description = "Also list every extra and missed tuple.")
    boolean misses;

    @Override
    public Integer call() throws IOException {
        Path stateDir = Files.createTempDirectory("wirewatch-eval");
        try {
            EvalReport report = Evaluation.run(corpus, stateDir);
            if (misses) {
                report.misses().forEach(System.out::println);
                System.out.println();
            }
            System.out.print(report.table());
            return 0;
        } finally {
            TempDirs.delete(stateDir);
        }
    }
}
