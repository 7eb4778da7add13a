package org.wirewatch.app.eval;

import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.locks.LockSupport;
import org.wirewatch.ingest.IngestService;
import org.wirewatch.ingest.IngestSettings;
import org.wirewatch.ingest.format.FormatSettings;
import org.wirewatch.model.Story;
import org.wirewatch.model.json.Json;

/**
 * Ingest throughput: JSON Lines files of generated stories are moved into the inbox of a running
 * ingest service, which reads, checks and publishes them as it would any file (idempotent producer,
 * acks from all in-sync replicas); the clock runs from the first move until Kafka has acknowledged
 * the last story.
 */
public final class IngestBenchmark {

    /** Words the generated bodies are drawn from: text that compresses like news, not like zeros. */
    private static final String[] WORDS = ("the ministry said on Monday that a shipment of artillery shells and"
                    + " air defence missiles had reached the border after talks between the two governments in"
                    + " Geneva officials declined to comment on reports of drones sanctions were extended against"
                    + " banks and exporters while the parliament debated the budget farmers protested over fuel"
                    + " prices and the central bank kept rates unchanged amid inflation at its highest since")
            .split(" ");

    private static final Duration LIMIT = Duration.ofMinutes(10);

    /**
     * What one run measured. {@code cpuSeconds} is the whole process's CPU time over the run, broker
     * included: on a shared machine it tells the cost per story when wall time tells contention.
     */
    public record Result(long stories, long bytes, double seconds, double cpuSeconds) {

        public double cpuMicrosPerStory() {
            return cpuSeconds * 1e6 / stories;
        }

        public double storiesPerSecond() {
            return stories / seconds;
        }

        public double megabytesPerSecond() {
            return bytes / seconds / 1_000_000;
        }
    }

    private IngestBenchmark() {}

    /**
     * Publishes {@code warmUp} stories first, untimed, so that the figure is the steady state of a
     * running service rather than of a JVM still compiling its hot paths, then times {@code stories}.
     */
    public static Result run(String bootstrap, int stories, int warmUp, int storyBytes, Path scratch)
            throws IOException {
        Path drafts = Files.createDirectories(scratch.resolve("drafts"));
        Path inbox = Files.createDirectories(scratch.resolve("inbox"));
        List<Path> warmUpFiles = write(drafts, "warm-up", stories, warmUp, storyBytes);
        List<Path> files = write(drafts, "bench", 0, stories, storyBytes);
        long bytes = 0;
        for (Path file : files) {
            bytes += Files.size(file);
        }
        try (IngestService ingest = new IngestService(IngestSettings.defaults(bootstrap, inbox))) {
            ingest.start();
            deliver(ingest, warmUpFiles, inbox, warmUp);
            long start = System.nanoTime();
            long cpuStart = processCpuNanos();
            deliver(ingest, files, inbox, (long) warmUp + stories);
            return new Result(stories, bytes, (System.nanoTime() - start) / 1e9, (processCpuNanos() - cpuStart) / 1e9);
        }
    }

    /** Moves the files into the inbox and waits until ingest has published {@code total} stories in all. */
    private static void deliver(IngestService ingest, List<Path> files, Path inbox, long total) throws IOException {
        long deadline = System.nanoTime() + LIMIT.toNanos();
        for (Path file : files) {
            Files.move(file, inbox.resolve(file.getFileName()), StandardCopyOption.ATOMIC_MOVE);
        }
        while (ingest.counts().storiesPublished() < total) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("ingest published "
                        + ingest.counts().storiesPublished() + " of " + total + " stories in " + LIMIT);
            }
            LockSupport.parkNanos(Duration.ofMillis(5).toNanos());
        }
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** Files each under ingest's size limit, of stories whose JSON is about {@code storyBytes}. */
    private static List<Path> write(Path folder, String name, int firstStory, int stories, int storyBytes)
            throws IOException {
        int perFile = (int) Math.max(1, FormatSettings.DEFAULT_MAX_BYTES * 9 / 10 / storyBytes);
        SplittableRandom random = new SplittableRandom(20221010L + firstStory);
        Instant published = Instant.parse("2022-10-10T08:00:00Z");
        List<Path> files = new ArrayList<>();
        int end = firstStory + stories;
        for (int first = firstStory; first < end; first += perFile) {
            Path file = folder.resolve(String.format("%s-%06d.jsonl", name, files.size()));
            try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                for (int n = first; n < Math.min(end, first + perFile); n++) {
                    Story story = new Story(
                            "urn:wirewatch:bench:" + n,
                            "bench-wire",
                            "https://wire.example/" + n,
                            "Story " + n,
                            body(random, storyBytes - 300),
                            published.plusSeconds(n),
                            published.plusSeconds(n), // the reader sets its own on the way in
                            "en",
                            null,
                            null);
                    out.write(Json.mapper().writeValueAsString(story));
                    out.newLine();
                }
            }
            files.add(file);
        }
        return files;
    }

    private static String body(SplittableRandom random, int length) {
        StringBuilder body = new StringBuilder(length + 16);
        while (body.length() < length) {
            body.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
        }
        return body.toString().strip() + ".";
    }
}
