package org.wirewatch.ingest.canon;

import java.util.ArrayList;
import java.util.List;
import org.wirewatch.model.Story;

/**
 * Stories with the fingerprints the edge compares them by, computed once. Reading the text is the
 * costly part of {@link CanonicalStories#admit}, and needs no lock or memory: a reading thread can
 * do it while the publishing thread sends the stories before.
 */
public final class FingerprintedStories {

    private final List<Story> stories;
    private final List<StoryFingerprint> prints;

    private FingerprintedStories(List<Story> stories, List<StoryFingerprint> prints) {
        this.stories = stories;
        this.prints = prints;
    }

    public static FingerprintedStories of(List<Story> stories) {
        List<Story> copy = List.copyOf(stories);
        List<StoryFingerprint> prints = new ArrayList<>(copy.size());
        for (Story story : copy) {
            prints.add(StoryFingerprint.of(story));
        }
        return new FingerprintedStories(copy, List.copyOf(prints));
    }

    public List<Story> stories() {
        return stories;
    }

    StoryFingerprint print(int index) {
        return prints.get(index);
    }
}
