package org.wirewatch.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.wirewatch.app.eval.PipelineBenchmark;
import org.wirewatch.broker.EmbeddedBrokerOptions;
import org.wirewatch.broker.EmbeddedKafkaBroker;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
        name = "bench-pipeline",
        mixinStandardHelpOptions = true,
        description = {
            "Measure the processor topology against a pass-through topology over a real broker.",
            "Loads copies of a corpus mix into stories.raw (an embedded broker in a temporary folder unless",
            "--bootstrap-servers), then times each topology, exactly-once, from start to its commit past the end."
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

    @Override
    public Integer call() throws Exception {
        Path scratch = Files.createTempDirectory("wirewatch-bench");
        try {
            if (cluster.bootstrapServers != null && !cluster.bootstrapServers.isBlank()) {
                report(PipelineBenchmark.run(
                        cluster.bootstrapServers, mix.corpus, mix.share, copies, threads, scratch));
                return 0;
            }
            try (EmbeddedKafkaBroker broker =
                    EmbeddedKafkaBroker.start(EmbeddedBrokerOptions.in(scratch.resolve("kafka")))) {
                report(PipelineBenchmark.run(
                        broker.bootstrapServers(), mix.corpus, mix.share, copies, threads, scratch));
            }
            return 0;
        } finally {
            TempDirs.delete(scratch);
        }
    }

    private void report(PipelineBenchmark.Result result) {
        System.out.printf(
                Locale.ROOT,
                "%d stories (relevant share %.2f), %d stream threads: pass-through %.0f stories/s, processor %.0f stories/s"
                        + " (%.2f x pass-through)%n",
                result.stories(),
                mix.share,
                threads,
                result.passThroughPerSecond(),
                result.processorPerSecond(),
                result.processorPerSecond() / result.passThroughPerSecond());
    }
}
