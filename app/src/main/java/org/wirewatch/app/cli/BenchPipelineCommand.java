package org.wirewatch.app.cli;

import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.wirewatch.app.eval.PipelineBenchmark;
import org.wirewatch.app.eval.StoryMix;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
        name = "bench-pipeline",
        mixinStandardHelpOptions = true,
        description = {
            "Measure the processor topology against a pass-through topology over a real broker.",
            "Loads copies of a corpus mix into stories.raw (an embedded broker in a",
            "temporary folder unless --bootstrap-servers), then runs each topology,",
            "exactly-once with the same settings, until its commits pass the end.",
            "Prints stories/s overall (start-up included) and steady (after the first",
            "10%% of the stories), the CPU each used and the heap. Both topologies and",
            "the embedded broker share one JVM: run with -Xmx512m to check the memory target.",
            "Stories are loaded and the topologies timed after --warm-up."
        })
public final class BenchPipelineCommand implements Callable<Integer> {

    @Mixin
    ClusterOptions cluster;

    @Mixin
    CorpusMixOptions mix;

    @Option(
            names = "--copies",
            defaultValue = "30",
            description = "Rounds of the mix to load (default: ${DEFAULT-VALUE}).")
    int copies;

    @Option(
            names = "--threads",
            defaultValue = "2",
            description = "Stream threads per topology (default: ${DEFAULT-VALUE}).")
    int threads;

    @Option(
            names = "--warm-up",
            defaultValue = "10",
            paramLabel = "SECONDS",
            description = {
                "Seconds of extracting the mix on the main thread before anything is timed, so that",
                "the processor is measured compiled, as a long-running instance is; 0 measures it cold",
                "(default: ${DEFAULT-VALUE})."
            })
    int warmUpSeconds;

    @Option(
            names = "--rehearsals",
            defaultValue = "1",
            description = {
                "Untimed runs of each topology over all the stories before the timed ones, so that the",
                "broker's and the clients' code is compiled too; 0 times the first runs (default: ${DEFAULT-VALUE})."
            })
    int rehearsals;

    @Override
    public Integer call() throws Exception {
        StoryMix stories = mix.read();
        report(BenchBroker.run(
                cluster,
                "bench",
                (bootstrap, scratch) -> PipelineBenchmark.run(
                        bootstrap,
                        stories,
                        copies,
                        threads,
                        new PipelineBenchmark.WarmUp(Duration.ofSeconds(warmUpSeconds), rehearsals),
                        scratch)));
        return 0;
    }

    private void report(PipelineBenchmark.Result result) {
        PipelineBenchmark.Phase pass = result.passThrough();
        PipelineBenchmark.Phase proc = result.processor();
        System.out.printf(
                Locale.ROOT,
                "%d stories (relevant share %.2f, %s filler), %d stream threads, exactly-once, %d s warm-up,"
                        + " %d rehearsals; max heap %d MiB%n",
                proc.stories(),
                result.mix().relevantShare(),
                result.mix().filler(),
                threads,
                warmUpSeconds,
                rehearsals,
                Runtime.getRuntime().maxMemory() >> 20);
        line("pass-through", pass);
        line("processor", proc);
        System.out.printf(
                Locale.ROOT,
                "processor / pass-through: %.2f overall, %.2f steady%n",
                proc.perSecond() / pass.perSecond(),
                proc.steadyPerSecond() / pass.steadyPerSecond());
    }

    private static void line(String name, PipelineBenchmark.Phase phase) {
        System.out.printf(
                Locale.ROOT,
                "  %-12s %6.0f stories/s overall (%.1f s), %6.0f stories/s steady; CPU %.2f cores"
                        + " (stream threads %.2f); heap live %d MiB, peak <= %d MiB%n",
                name,
                phase.perSecond(),
                phase.seconds(),
                phase.steadyPerSecond(),
                phase.processCores(),
                phase.streamThreadCores(),
                phase.liveHeapBytes() >> 20,
                phase.peakHeapBytes() >> 20);
    }
}
