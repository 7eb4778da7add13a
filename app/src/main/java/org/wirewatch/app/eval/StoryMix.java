package org.wirewatch.app.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.wirewatch.ingest.format.FormatSettings;
import org.wirewatch.ingest.format.StoryFileContents;
import org.wirewatch.ingest.format.StoryFiles;
import org.wirewatch.model.Story;

/**
 * The stories a benchmark feeds the extractor: every relevant story of a labelled corpus once, and
 * filler repeated round-robin so that the relevant ones make up the chosen share.
 *
 * @param stories the relevant stories spread evenly through the filler, as they come in a real feed
 * @param relevant how many of {@code stories} are relevant
 * @param filler what the rest is
 */
public record StoryMix(List<Story> stories, int relevant, Filler filler) {

    /** What fills the irrelevant share. */
    public enum Filler {
        /**
         * Ordinary wire news (weather, markets, sport, courts, science, culture, local politics)
         * from a folder of stories without gold, by default {@code filler/} next to the corpus: what
         * most of a real feed is, and what the relevance prefilter should drop cheaply.
         */
        PLAIN,
        /**
         * The corpus's own decoys: hard negatives written with arms and sanctions vocabulary, so each
         * passes the prefilter and is read in full. The costliest irrelevant traffic there is.
         */
        DECOYS;

        @Override
        public String toString() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Reading story files must not depend on when it runs. */
    private static final Clock FIXED = Clock.fixed(Instant.EPOCH, ZoneOffset.UTC);

    public StoryMix {
        stories = List.copyOf(stories);
    }

    /** The default folder of plain filler for a corpus: {@code filler/} beside it. */
    public static Path defaultFillerDir(Path corpusDir) {
        Path absolute = corpusDir.toAbsolutePath().normalize();
        return absolute.resolveSibling("filler");
    }

    /**
     * @param fillerDir a folder whose {@code stories/} holds the plain filler; unused for decoys
     * @param relevantShare in (0, 1]; 1 means no filler at all
     */
    public static StoryMix of(Path corpusDir, Filler filler, Path fillerDir, double relevantShare) throws IOException {
        if (!(relevantShare > 0 && relevantShare <= 1)) {
            throw new IllegalArgumentException("relevant share must be in (0, 1], was " + relevantShare);
        }
        Corpus corpus = Corpus.read(corpusDir);
        List<Story> relevant = new ArrayList<>();
        List<Story> decoys = new ArrayList<>();
        corpus.gold().forEach((slug, gold) -> (gold.relevant() ? relevant : decoys).add(corpus.story(slug)));
        List<Story> rest = filler == Filler.DECOYS || relevantShare == 1 ? decoys : plain(fillerDir);
        return mix(relevant, rest, filler, relevantShare);
    }

    static StoryMix mix(List<Story> relevant, List<Story> filler, Filler kind, double relevantShare) {
        if (relevant.isEmpty()) {
            throw new IllegalArgumentException("the corpus has no relevant stories to mix");
        }
        int fillerCount = (int) Math.round(relevant.size() * (1 - relevantShare) / relevantShare);
        if (fillerCount > 0 && filler.isEmpty()) {
            throw new IllegalArgumentException("no " + kind + " filler stories to mix with");
        }
        // Spread, not bunched: a run of relevant stories is a burst of full reads no feed sends, and
        // would measure the backlog the burst makes instead of the steady state.
        List<Story> stories = new ArrayList<>(relevant.size() + fillerCount);
        int added = 0;
        for (int r = 0; r < relevant.size(); r++) {
            stories.add(relevant.get(r));
            for (int until = (int) ((long) fillerCount * (r + 1) / relevant.size()); added < until; added++) {
                stories.add(filler.get(added % filler.size()));
            }
        }
        return new StoryMix(stories, relevant.size(), kind);
    }

    private static List<Story> plain(Path fillerDir) throws IOException {
        StoryFileContents contents = new StoryFiles(FormatSettings.defaults(FIXED)).read(fillerDir.resolve("stories"));
        if (!contents.rejections().isEmpty()) {
            throw new IOException("filler stories that cannot be read: " + contents.rejections());
        }
        return contents.stories();
    }

    /** Share of relevant stories actually in the mix (rounding). */
    public double relevantShare() {
        return (double) relevant / stories.size();
    }
}
