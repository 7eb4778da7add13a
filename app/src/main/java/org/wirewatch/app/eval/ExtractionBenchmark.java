package org.wirewatch.app.eval;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.wirewatch.model.Story;
import org.wirewatch.processor.ProcessorApp;
import org.wirewatch.processor.extract.KnownSpeakers;
import org.wirewatch.processor.extract.StoryExtractor;

/**
 * Extraction throughput on one thread (one core): a {@link StoryMix} extracted over and over for a
 * fixed time after a warm-up. With decoys as filler every story is read in full; with plain news
 * most are dropped by the relevance prefilter, as in a real feed.
 */
public final class ExtractionBenchmark {

    /**
     * What one run measured: wall time, and the CPU time of the extracting thread, which a busy
     * machine disturbs far less than the wall time.
     */
    public record Result(StoryMix mix, long stories, long bytes, Duration elapsed, Duration cpu) {

        public double storiesPerSecond() {
            return stories / (elapsed.toNanos() / 1e9);
        }

        public double storiesPerCpuSecond() {
            return stories / (cpu.toNanos() / 1e9);
        }

        public double megabytesPerSecond() {
            return bytes / 1e6 / (elapsed.toNanos() / 1e9);
        }
    }

    private ExtractionBenchmark() {}

    public static Result run(StoryMix mix, Duration warmUp, Duration measure) {
        StoryExtractor extractor = ProcessorApp.extractor();
        loop(extractor, mix.stories(), warmUp);
        long[] counted = loop(extractor, mix.stories(), measure);
        return new Result(mix, counted[0], counted[1], Duration.ofNanos(counted[2]), Duration.ofNanos(counted[3]));
    }

    /**
     * Extracts stories round-robin until {@code time} is spent: stories, body bytes, nanoseconds,
     * CPU nanoseconds of this thread.
     */
    static long[] loop(StoryExtractor extractor, List<Story> mix, Duration time) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        long end = start + time.toNanos();
        long stories = 0;
        long bytes = 0;
        long checksum = 0;
        while (System.nanoTime() < end) {
            for (Story story : mix) {
                checksum += extractor
                        .extract(story, KnownSpeakers.NONE)
                        .statements()
                        .size();
                bytes += story.body().getBytes(StandardCharsets.UTF_8).length;
                stories++;
            }
        }
        if (checksum < 0) {
            throw new IllegalStateException("unreachable; keeps the work from being optimised away");
        }
        return new long[] {stories, bytes, System.nanoTime() - start, threads.getCurrentThreadCpuTime() - cpuStart};
    }
}
