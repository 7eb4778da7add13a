package org.wirewatch.ingest.canon;

import java.util.ArrayList;
import java.util.List;
import org.wirewatch.model.Story;

/**
 * The edge's memory of recent stories, applied to every batch before it is published: exact
 * duplicates are dropped, near-duplicates (syndicated copies) are marked with {@link
 * Story#duplicateOf()} and kept, since a copy may differ in the one sentence that matters.
 * Thread-safe: inbox, feed and HTTP threads admit batches concurrently; the text is read outside
 * the lock, only the memory is touched under it.
 *
 * <p>A story counts as near another when their body SimHashes ({@link StoryFingerprint}) differ in
 * at most {@value #MAX_DISTANCE} of 64 bits and each has at least {@value #MIN_SHINGLES} shingles
 * (about as many words). Measured on invented ~3 KB stories: a syndicated copy (own headline,
 * dateline in front, agency credit after, one sentence cut) differs in 7–11 bits, another story on
 * the same subject in about 30, and two unrelated texts differ in 32 ± 4, so that an unrelated
 * story is marked about once in a hundred thousand against a full index. The threshold favours
 * precision: a copy 9–11 bits away goes unmarked, which costs little since the alerts already take
 * a repeated stance as evidence, while a false mark joins two stories; a wider one would also need
 * more, narrower bands, so more candidates per lookup. Shorter texts are never marked: a cut
 * sentence or a credit line moves their SimHash too far, and short bulletins ("Explosion reported
 * in the capital") repeat word for word about different events.
 */
public final class CanonicalStories {

    static final int MAX_DISTANCE = 8;
    static final int MIN_SHINGLES = 100;
    /** Story ids and contents remembered for exact duplicates. */
    public static final int DEFAULT_RECENT_STORIES = 100_000;
    /** SimHashes remembered for near duplicates: a day or more of a busy desk's copy. */
    public static final int DEFAULT_RECENT_FINGERPRINTS = 32_768;

    private final RecentStories recent;
    private final SimHashIndex index;

    public CanonicalStories() {
        this(DEFAULT_RECENT_STORIES, DEFAULT_RECENT_FINGERPRINTS);
    }

    CanonicalStories(int recentStories, int recentFingerprints) {
        recent = new RecentStories(recentStories);
        index = new SimHashIndex(recentFingerprints, MAX_DISTANCE);
    }

    /**
     * The batch without its exact duplicates (of recent stories, or of each other), copies marked.
     * What is admitted is remembered at once, so that a copy arriving on another thread meanwhile
     * is recognised; if publishing then fails, {@link #forget} what was not published.
     */
    public Admission admit(List<Story> batch) {
        return admit(FingerprintedStories.of(batch));
    }

    /** As {@link #admit(List)}, with the stories already read. */
    public Admission admit(FingerprintedStories batch) {
        List<Story> stories = batch.stories();
        List<Story> admitted = new ArrayList<>(stories.size());
        int copies = 0;
        synchronized (this) {
            for (int i = 0; i < stories.size(); i++) {
                Story story = stories.get(i);
                StoryFingerprint print = batch.print(i);
                if (recent.see(story.id(), print.content()) == RecentStories.Verdict.DUPLICATE) {
                    continue;
                }
                Story marked = markedCopy(story, print);
                copies += marked.duplicateOf() == null ? 0 : 1;
                admitted.add(marked);
            }
        }
        return new Admission(admitted, stories.size() - admitted.size(), copies);
    }

    /**
     * Forgets these admitted stories' contents, because they were not published after all, so that
     * publishing them again is no duplicate. Their SimHashes stay: the retry is not taken for a copy
     * of itself (same id), and a copy of them admitted meanwhile rightly names them, as they are
     * about to be published again. Failures are rare, so the contents are hashed again rather than
     * kept.
     */
    public void forget(List<Story> unpublished) {
        List<StoryFingerprint> prints = new ArrayList<>(unpublished.size());
        for (Story story : unpublished) {
            prints.add(StoryFingerprint.of(story));
        }
        synchronized (this) {
            for (int i = 0; i < prints.size(); i++) {
                recent.forget(unpublished.get(i).id(), prints.get(i).content());
            }
        }
    }

    private Story markedCopy(Story story, StoryFingerprint print) {
        if (print.shingles() < MIN_SHINGLES) {
            return story;
        }
        String original = index.originalNear(story.id(), print.simHash());
        // A copy stands for its original, so a copy of a copy names the first story too.
        index.add(story.id(), original == null ? story.id() : original, print.simHash());
        return original == null ? story : story.asDuplicateOf(original);
    }
}
