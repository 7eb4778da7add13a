package org.wirewatch.app.cli;

import java.util.Locale;
import java.util.concurrent.Callable;
import org.wirewatch.app.eval.IngestBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(
        name = "bench-ingest",
        mixinStandardHelpOptions = true,
        description = "Measure ingest throughput: JSON Lines files of generated stories moved into the inbox of a"
                + " running ingest service, timed (after an untimed warm-up) until Kafka acknowledged the last story"
                + " (embedded broker in a temporary folder unless --bootstrap-servers).")
public final class BenchIngestCommand implements Callable<Integer> {

    @Mixin
    ClusterOptions cluster;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--stories", defaultValue = "300000", description = "Stories (default: ${DEFAULT-VALUE}).")
    int stories;

    @Option(
            names = "--warm-up",
            defaultValue = "100000",
            description = "Stories published first, untimed, while the JVM compiles its hot paths (default:"
                    + " ${DEFAULT-VALUE}).")
    int warmUp;

    @Option(
            names = "--story-bytes",
            defaultValue = "3000",
            description = "Approximate size of one story's JSON (default: ${DEFAULT-VALUE}).")
    int storyBytes;

    @Override
    public Integer call() throws Exception {
        if (stories < 1 || warmUp < 0 || storyBytes < 500) {
            throw new ParameterException(
                    spec.commandLine(), "--stories must be at least 1, --warm-up 0, --story-bytes 500");
        }
        IngestBenchmark.Result result = BenchBroker.run(
                cluster,
                "ingest",
                (bootstrap, scratch) -> IngestBenchmark.run(bootstrap, stories, warmUp, storyBytes, scratch));
        System.out.printf(
                Locale.ROOT,
                "%d stories (%.0f MB of JSON Lines) published in %.1f s: %.0f stories/s, %.1f MB/s;"
                        + " CPU %.1f s (%.0f µs per story, broker included)%n",
                result.stories(),
                result.bytes() / 1e6,
                result.seconds(),
                result.storiesPerSecond(),
                result.megabytesPerSecond(),
                result.cpuSeconds(),
                result.cpuMicrosPerStory());
        return 0;
    }
}
