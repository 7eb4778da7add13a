package org.wirewatch.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class FeedStateTest {

    private static final Instant NINE = Instant.parse("2022-10-17T09:00:00Z");

    @Test
    void shouldEvictTheOldestIdsBeyondTheLimit() {
        // Given a feed that has seen the limit of ids
        List<String> first = ids(0, FeedState.MAX_SEEN);
        FeedState full = FeedState.initial("https://news.example.org/rss")
                .afterFetch(NINE, null, null, first, first.size(), 0, 0);

        // When three more are published
        FeedState next = full.afterFetch(NINE.plusSeconds(300), null, null, ids(FeedState.MAX_SEEN, 3), 3, 0, 0);

        // Then the three oldest are forgotten and the newest kept, in order
        assertThat(next.seenIds()).hasSize(FeedState.MAX_SEEN);
        assertThat(next.hasSeen("id-0")).isFalse();
        assertThat(next.hasSeen("id-2")).isFalse();
        assertThat(next.hasSeen("id-3")).isTrue();
        assertThat(next.seenIds().get(FeedState.MAX_SEEN - 1)).isEqualTo("id-" + (FeedState.MAX_SEEN + 2));
        assertThat(next.published()).isEqualTo(FeedState.MAX_SEEN + 3L);
    }

    @Test
    void shouldCountFailuresUntilASuccessResetsThem() {
        // Given a feed that failed twice
        FeedState failing = FeedState.initial("https://news.example.org/rss")
                .afterFailure(NINE, "answered HTTP 500 instead of a feed", 1)
                .afterFailure(NINE.plusSeconds(600), "answered HTTP 500 instead of a feed", 1);
        assertThat(failing.consecutiveFailures()).isEqualTo(2);
        assertThat(failing.lastSuccessAt()).isNull();

        // When it answers 304
        FeedState recovered = failing.afterNotModified(NINE.plusSeconds(1800));

        // Then the failures and error are cleared, the rejections still counted
        assertThat(recovered.consecutiveFailures()).isZero();
        assertThat(recovered.lastError()).isNull();
        assertThat(recovered.lastSuccessAt()).isEqualTo(NINE.plusSeconds(1800));
        assertThat(recovered.rejected()).isEqualTo(2);
    }

    @Test
    void shouldDropTheVersionButKeepTheSeenIdsWhenTheUrlChanges() {
        FeedState state = FeedState.initial("https://news.example.org/rss")
                .afterFetch(NINE, "\"v1\"", "Mon, 17 Oct 2022 09:00:00 GMT", List.of("hw-1"), 1, 0, 0);

        FeedState moved = state.movedTo("https://news.example.org/world.rss");

        assertThat(moved.etag()).isNull();
        assertThat(moved.lastModified()).isNull();
        assertThat(moved.hasSeen("hw-1")).isTrue();
        assertThat(state.movedTo(state.url())).isSameAs(state);
    }

    private static List<String> ids(int from, int count) {
        return IntStream.range(from, from + count).mapToObj(i -> "id-" + i).toList();
    }
}
