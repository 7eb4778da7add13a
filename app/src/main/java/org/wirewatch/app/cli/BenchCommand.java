package org.wirewatch.app.cli;

import java.io.IOException;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.wirewatch.app.eval.ExtractionBenchmark;
import org.wirewatch.app.eval.StoryMix;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
        name = "bench-extract",
        mixinStandardHelpOptions = true,
        description = {
            "Measure extraction throughput on one thread.",
            "Mixes a corpus's relevant stories with filler (plain news or the corpus's",
            "decoys) in the given share and extracts them repeatedly; prints stories/s",
            "and MB/s. Run with -Xmx512m to check the memory target."
        })
public final class BenchCommand implements Callable<Integer> {

    @Mixin
    CorpusMixOptions mix;

    @Option(names = "--seconds", defaultValue = "20", description = "Measured seconds after 10 s of warm-up.")
    int seconds;

    @Override
    public Integer call() throws IOException {
        StoryMix stories = mix.read();
        ExtractionBenchmark.Result result =
                ExtractionBenchmark.run(stories, Duration.ofSeconds(10), Duration.ofSeconds(seconds));
        Runtime runtime = Runtime.getRuntime();
        System.out.printf(
                Locale.ROOT,
                "relevant share %.2f (mix of %d stories, %s filler): %.0f stories/s, %.1f MB/s on one thread"
                        + " (%.0f stories per CPU-second of it); heap in use %d MiB of max %d MiB%n",
                stories.relevantShare(),
                stories.stories().size(),
                stories.filler(),
                result.storiesPerSecond(),
                result.megabytesPerSecond(),
                result.storiesPerCpuSecond(),
                (runtime.totalMemory() - runtime.freeMemory()) >> 20,
                runtime.maxMemory() >> 20);
        return 0;
    }
}
