package org.wirewatch.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.wirewatch.model.FeedState;

class FeedsTableTest {

    private static final Instant NINE = Instant.parse("2022-10-17T09:00:00.250Z");

    @Test
    void shouldPrintOneAlignedLinePerFeedWithItsTimesErrorAndCounts() {
        // Given a feed that works and one failing since its start
        Map<String, FeedState> states = new TreeMap<>();
        states.put(
                "harbour-wire",
                FeedState.initial("https://news.example.org/world.rss")
                        .afterFetch(NINE, "\"v1\"", null, List.of("hw-1", "hw-2"), 3, 0, 1));
        states.put(
                "valley-courier",
                FeedState.initial("https://courier.example.org/atom.xml")
                        .afterFailure(
                                NINE.plusSeconds(60),
                                "https://courier.example.org/atom.xml answered HTTP 503\ninstead of a feed",
                                1));

        // When the table is rendered
        List<String> lines = FeedsTable.render(states).lines().toList();

        // Then a header and a line per feed, columns aligned, never-seen times as "never"
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0))
                .startsWith("NAME            URL")
                .contains("LAST FETCH", "FAILURES", "LAST ERROR", "REJECTED");
        assertThat(lines.get(1))
                .startsWith("harbour-wire    https://news.example.org/world.rss")
                .contains("2022-10-17T09:00:00Z  2022-10-17T09:00:00Z  2022-10-17T09:00:00Z  0 ")
                .endsWith("3        2          0           1");
        assertThat(lines.get(2))
                .startsWith("valley-courier  https://courier.example.org/atom.xml")
                .contains("2022-10-17T09:01:00Z  never", "answered HTTP 503 instead of a feed");
        assertThat(lines.get(1).indexOf("https://")).isEqualTo(lines.get(2).indexOf("https://"));
        assertThat(lines.get(0).indexOf("FAILURES")).isEqualTo(lines.get(1).indexOf("0 "));
    }

    @Test
    void shouldSaySoWhenNoFeedWasPolled() {
        assertThat(FeedsTable.render(Map.of())).isEqualTo("no feed has been polled yet (feeds.state is empty)\n");
    }
}
