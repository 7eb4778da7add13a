package org.wirewatch.ingest.canon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SimHashIndexTest {

    private static final int MAX_DISTANCE = 8;

    private final SplittableRandom random = new SplittableRandom(20250304L);

    @Test
    void shouldFindEveryFingerprintWithinTheDistanceAndNoneBeyond() {
        // Given a full index of random fingerprints
        SimHashIndex index = new SimHashIndex(4_096, MAX_DISTANCE);
        long[] stored = new long[4_096];
        for (int i = 0; i < stored.length; i++) {
            stored[i] = random.nextLong();
            index.add("story-" + i, "story-" + i, stored[i]);
        }

        for (int i = 0; i < 1_000; i++) {
            int target = random.nextInt(stored.length);
            int distance = random.nextInt(MAX_DISTANCE + 3);

            // When a fingerprint is looked up with some of its bits flipped
            String found = index.originalNear("query", flipped(stored[target], distance));

            // Then the lookup finds it exactly when it is near enough (random others are ~32 bits away)
            if (distance <= MAX_DISTANCE) {
                assertThat(found).as("%d bits flipped", distance).isEqualTo("story-" + target);
            } else {
                assertThat(found).as("%d bits flipped", distance).isNull();
            }
        }
    }

    @Test
    void shouldMakeRoomByForgettingTheOldestFingerprint() {
        SimHashIndex index = new SimHashIndex(3, MAX_DISTANCE);
        long[] prints = {random.nextLong(), random.nextLong(), random.nextLong(), random.nextLong()};
        for (int i = 0; i < prints.length; i++) {
            index.add("story-" + i, "story-" + i, prints[i]);
        }

        assertThat(index.size()).isEqualTo(3);
        assertThat(index.originalNear("query", prints[0])).isNull();
        assertThat(index.originalNear("query", prints[1])).isEqualTo("story-1");
        assertThat(index.originalNear("query", prints[3])).isEqualTo("story-3");
    }

    @Test
    void shouldIgnoreEarlierVersionsOfTheSameStory() {
        SimHashIndex index = new SimHashIndex(16, MAX_DISTANCE);
        long print = random.nextLong();
        index.add("story-1", "story-1", print);

        assertThat(index.originalNear("story-1", flipped(print, 2))).isNull();
    }

    private long flipped(long print, int bits) {
        long flipped = print;
        while (Long.bitCount(flipped ^ print) < bits) {
            flipped ^= 1L << random.nextInt(Long.SIZE);
        }
        return flipped;
    }
}
