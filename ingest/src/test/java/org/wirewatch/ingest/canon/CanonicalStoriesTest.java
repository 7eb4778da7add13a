package org.wirewatch.ingest.canon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wirewatch.ingest.canon.WireCopies.story;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.wirewatch.model.Story;

class CanonicalStoriesTest {

    private final CanonicalStories canonical = new CanonicalStories();

    @Test
    void shouldMarkASyndicatedCopyAsDuplicateOfTheWireStory() {
        // Given the wire story
        canonical.admit(List.of(WireCopies.wire()));

        // When an outlet runs it with its own headline, a dateline, a sentence cut and a credit line
        Admission copy = canonical.admit(List.of(WireCopies.syndicatedCopy()));

        // Then the copy is published, marked
        assertThat(copy.stories()).extracting(Story::duplicateOf).containsExactly("nordwire-1");
        assertThat(copy.copies()).isEqualTo(1);
        assertThat(copy.duplicates()).isZero();
    }

    @Test
    void shouldNotMarkAnotherStoryOnTheSameSubject() {
        canonical.admit(List.of(WireCopies.wire()));

        Admission other = canonical.admit(List.of(WireCopies.otherStoryOnSubject()));

        assertThat(other.stories()).extracting(Story::duplicateOf).containsOnlyNulls();
    }

    @Test
    void shouldNeverMarkAShortStory() {
        // Given a short bulletin, and an outlet's copy of it that differs only in its dateline
        canonical.admit(List.of(story("bulletin-1", "Norway sends more air defence", WireCopies.SHORT_BODY)));

        // When
        Admission copy = canonical.admit(
                List.of(story("daily-5", "More air defence for Kyiv", "OSLO - " + WireCopies.SHORT_BODY)));

        // Then
        assertThat(copy.stories()).extracting(Story::duplicateOf).containsOnlyNulls();
    }

    @Test
    void shouldNameTheFirstStoryWhenACopyIsCopiedAgain() {
        canonical.admit(List.of(WireCopies.wire(), WireCopies.syndicatedCopy()));

        Admission recopy = canonical.admit(
                List.of(story("weekly-3", "Norway's new pledge", WireCopies.SYNDICATED_BODY + " Read more online.")));

        assertThat(recopy.stories()).extracting(Story::duplicateOf).containsExactly("nordwire-1");
    }

    @Test
    void shouldNotMarkAnUpdateAsACopyOfItsEarlierVersion() {
        canonical.admit(List.of(WireCopies.wire()));

        Admission update = canonical.admit(
                List.of(story("nordwire-1", "UPDATE 1-Norway to send batteries", WireCopies.SYNDICATED_BODY)));

        assertThat(update.stories()).extracting(Story::duplicateOf).containsOnlyNulls();
        assertThat(update.duplicates()).isZero();
    }

    @Test
    void shouldDropTheSameContentHoweverSpacedOrCapitalised() {
        canonical.admit(List.of(story("a", "Strike ends", "Dock workers  ended their strike.\n")));

        Admission again = canonical.admit(List.of(
                story("a", "Strike ends", "Dock workers ended their strike."),
                story("b", "STRIKE ENDS", "dock workers ended\ttheir strike.")));

        assertThat(again.stories()).isEmpty();
        assertThat(again.duplicates()).isEqualTo(2);
    }

    @Test
    void shouldKeepAStoryWhoseHeadlineOrPunctuationDiffers() {
        canonical.admit(List.of(story("a", "Strike ends", "Dock workers ended their strike.")));

        Admission other = canonical.admit(List.of(
                story("b", "Strike ends?", "Dock workers ended their strike."),
                story("c", "Strike ends", "Dock workers ended their strike?")));

        assertThat(other.stories()).extracting(Story::id).containsExactly("b", "c");
    }

    @Test
    void shouldDropADuplicateWithinOneBatch() {
        Admission batch = canonical.admit(List.of(WireCopies.wire(), WireCopies.wire()));

        assertThat(batch.stories()).hasSize(1);
        assertThat(batch.duplicates()).isEqualTo(1);
    }

    @Test
    void shouldAdmitAgainWhatWasForgottenAfterAFailedPublish() {
        Admission failed = canonical.admit(List.of(WireCopies.wire()));
        canonical.forget(failed.stories());

        Admission retry = canonical.admit(List.of(WireCopies.wire()));

        assertThat(retry.stories()).containsExactly(WireCopies.wire());
    }

    @Test
    void shouldForgetTheLeastRecentStoryWhenFull() {
        CanonicalStories small = new CanonicalStories(2, 2);
        small.admit(List.of(story("a", "A", "alpha"), story("b", "B", "bravo")));
        small.admit(List.of(story("a", "A", "alpha"), story("c", "C", "charlie")));

        // a was seen again, so b is the one forgotten
        Admission again = small.admit(List.of(story("a", "A", "alpha"), story("b", "B", "bravo")));

        assertThat(again.stories()).extracting(Story::id).containsExactly("b");
    }

    @Test
    void shouldAdmitAStorySentByManyThreadsAtOnceOnlyOnce() throws Exception {
        int threads = 8;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Callable<Admission>> sends = new ArrayList<>();
            for (int i = 0; i < threads * 50; i++) {
                String id = "copy-" + (i % threads);
                sends.add(() -> canonical.admit(List.of(story(id, "Oslo expands aid", WireCopies.WIRE_BODY))));
            }
            int admitted = 0;
            for (Future<Admission> admission : pool.invokeAll(sends)) {
                admitted += admission.get().stories().size();
            }
            assertThat(admitted).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }
}
