package org.wirewatch.app.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.wirewatch.app.eval.LatencyBenchmark;
import org.wirewatch.app.eval.StoryMix;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
        name = "bench-latency",
        mixinStandardHelpOptions = true,
        description = {
            "Measure story-to-alert latency through the whole pipeline, exactly-once.",
            "Sends the corpus mix at --rate stories/s into stories.raw with probe stories mixed in",
            "(each makes one stance-shift alert) while the processor and alerts run in this JVM, on an",
            "embedded broker in a temporary folder unless --bootstrap-servers; prints the latency",
            "percentiles of the probes' alerts, timed from sending the story to reading the alert."
        })
public final class BenchLatencyCommand implements Callable<Integer> {

    @Mixin
    ClusterOptions cluster;

    @Mixin
    CorpusMixOptions mix;

    @Option(names = "--rate", defaultValue = "500", description = "Stories per second (default: ${DEFAULT-VALUE}).")
    int rate;

    @Option(
            names = "--probes-per-second",
            defaultValue = "10",
            description = "Alert-making stories among them per second (default: ${DEFAULT-VALUE}).")
    int probesPerSecond;

    @Option(
            names = "--warm-up",
            defaultValue = "30",
            paramLabel = "SECONDS",
            description = "Seconds sent before measuring (default: ${DEFAULT-VALUE}).")
    int warmUpSeconds;

    @Option(names = "--seconds", defaultValue = "60", description = "Seconds measured (default: ${DEFAULT-VALUE}).")
    int seconds;

    @Override
    public Integer call() throws Exception {
        StoryMix stories = mix.read();
        report(BenchBroker.run(cluster, "latency", (bootstrap, scratch) -> run(bootstrap, stories, scratch)));
        return 0;
    }

    private LatencyBenchmark.Result run(String bootstrap, StoryMix stories, Path scratch) throws InterruptedException {
        return LatencyBenchmark.run(
                bootstrap,
                stories,
                rate,
                probesPerSecond,
                Duration.ofSeconds(warmUpSeconds),
                Duration.ofSeconds(seconds),
                scratch.resolve("state"));
    }

    private void report(LatencyBenchmark.Result result) {
        System.out.printf(
                Locale.ROOT,
                "%d stories in %.1f s measured (%.0f stories/s; relevant share %.2f, %s filler), exactly-once%n"
                        + "probe alerts: %d of %d sent; story->alert latency p50 %d ms, p90 %d ms, p99 %d ms,"
                        + " max %d ms%n",
                result.sent(),
                result.secondsSending(),
                result.rate(),
                mix.share,
                mix.filler,
                result.latencies().size(),
                result.probesSent(),
                result.percentile(50),
                result.percentile(90),
                result.percentile(99),
                result.percentile(100));
    }
}
