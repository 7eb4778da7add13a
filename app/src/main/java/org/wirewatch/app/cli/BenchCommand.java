package org.wirewatch.app.cli;

import java.io.IOException;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.wirewatch.app.eval.ExtractionBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
        name = "bench-extract",
        mixinStandardHelpOptions = true,
        description = {
            "Measure extraction throughput on one thread.",
            "Mixes a corpus's relevant stories with its decoys in the given share and extracts them",
            "repeatedly; prints stories/s and MB/s. Run with -Xmx512m to check the memory target."
        })
public final class BenchCommand implements Callable<Integer> {

    @Mixin
    CorpusMixOptions mix;

    @Option(names = "--seconds", defaultValue = "20", description = "Measured seconds after 10 s of warm-up.")
    int seconds;

    @Override
    public Integer call() throws IOException {
        ExtractionBenchmark.Result result =
                ExtractionBenchmark.run(mix.corpus, mix.share, Duration.ofSeconds(10), Duration.ofSeconds(seconds));
        Runtime runtime = Runtime.getRuntime();
        System.out.printf(
                Locale.ROOT,
                "relevant share %.2f (mix of %d stories): %.0f stories/s, %.1f MB/s on one thread; heap in use %d MiB of max %d MiB%n",
                result.relevantShare(),
                result.storiesInMix(),
                result.storiesPerSecond(),
                result.megabytesPerSecond(),
                (runtime.totalMemory() - runtime.freeMemory()) >> 20,
                runtime.maxMemory() >> 20);
        return 0;
    }
}
