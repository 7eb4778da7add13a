package org.wirewatch.ingest.poller;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wirewatch.model.FeedState;

class FeedMetersTest {

    private static final String URL = "https://news.example.org/world.rss";

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final FeedMeters meters = new FeedMeters(registry);

    @Test
    void shouldShowEachFeedsCommittedTotalsAsItsOwnSource() {
        // Given two commits of one feed's state, the second with more stories
        meters.committed("harbour", state(4, 3, 1, 0, Instant.parse("2024-05-01T12:00:00Z")));
        meters.committed("harbour", state(9, 7, 1, 2, Instant.parse("2024-05-01T12:05:00Z")));

        // When
        String scrape = registry.scrape();

        // Then the totals are the latest state's, under source feed:harbour
        assertThat(scrape)
                .contains("wirewatch_ingest_received_total{source=\"feed:harbour\"} 9.0")
                .contains("wirewatch_ingest_published_total{source=\"feed:harbour\"} 7.0")
                .contains("wirewatch_ingest_rejected_total{source=\"feed:harbour\"} 1.0")
                .contains("wirewatch_ingest_duplicates_total{source=\"feed:harbour\"} 2.0")
                .contains("wirewatch_ingest_last_success_seconds{source=\"feed:harbour\"} 1.7145651E9");
    }

    @Test
    void shouldShowZeroForTheLastSuccessOfAFeedThatNeverSucceeded() {
        meters.committed("valley", state(0, 0, 1, 0, null));

        assertThat(registry.scrape())
                .contains("wirewatch_ingest_rejected_total{source=\"feed:valley\"} 1.0")
                .contains("wirewatch_ingest_last_success_seconds{source=\"feed:valley\"} 0.0");
    }

    private static FeedState state(long fetched, long published, long rejected, long duplicates, Instant lastSuccess) {
        return new FeedState(
                URL,
                null,
                null,
                List.of(),
                lastSuccess,
                lastSuccess,
                null,
                0,
                null,
                fetched,
                published,
                duplicates,
                rejected);
    }
}
