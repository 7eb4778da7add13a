package org.wirewatch.app.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.wirewatch.model.Story;
import org.wirewatch.processor.ProcessorApp;
import org.wirewatch.processor.extract.KnownSpeakers;
import org.wirewatch.processor.extract.StoryExtractor;

/**
 * Extraction throughput on one thread (one core): a corpus's relevant stories mixed with its
 * decoys in a chosen share, extracted over and over for a fixed time after a warm-up. The decoys
 * share the relevant stories' vocabulary, so they cost more than ordinary news would.
 */
public final class ExtractionBenchmark {

    /** What one run measured. */
    public record Result(int storiesInMix, double relevantShare, long stories, long bytes, Duration elapsed) {

        public double storiesPerSecond() {
            return stories / (elapsed.toNanos() / 1e9);
        }

        public double megabytesPerSecond() {
            return bytes / 1e6 / (elapsed.toNanos() / 1e9);
        }
    }

    private ExtractionBenchmark() {}

    public static Result run(Path corpusDir, double relevantShare, Duration warmUp, Duration measure)
            throws IOException {
        List<Story> mix = mix(Corpus.read(corpusDir), relevantShare);
        StoryExtractor extractor = ProcessorApp.extractor();
        loop(extractor, mix, warmUp);
        long[] counted = loop(extractor, mix, measure);
        return new Result(mix.size(), relevantShare, counted[0], counted[1], Duration.ofNanos(counted[2]));
    }

    /** Extracts stories round-robin until {@code time} is spent: stories, body bytes, nanoseconds. */
    private static long[] loop(StoryExtractor extractor, List<Story> mix, Duration time) {
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
        return new long[] {stories, bytes, System.nanoTime() - start};
    }

    /** Every relevant story once, with decoys repeated so that they make up the rest of the share. */
    static List<Story> mix(Corpus corpus, double relevantShare) {
        List<Story> relevant = new ArrayList<>();
        List<Story> decoys = new ArrayList<>();
        corpus.gold().forEach((slug, gold) -> (gold.relevant() ? relevant : decoys).add(corpus.story(slug)));
        if (relevant.isEmpty() || decoys.isEmpty()) {
            throw new IllegalArgumentException("the corpus needs relevant stories and decoys to mix");
        }
        int decoyCount = (int) Math.round(relevant.size() * (1 - relevantShare) / relevantShare);
        List<Story> mix = new ArrayList<>(relevant);
        for (int i = 0; i < decoyCount; i++) {
            mix.add(decoys.get(i % decoys.size()));
        }
        return mix;
    }
}
