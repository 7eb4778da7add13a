package org.wirewatch.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpHeaders;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RetryAfterTest {

    private static final Instant NOW = Instant.parse("2022-10-17T09:00:00Z");

    @Test
    void shouldReadDelaySecondsAndHttpDatesOf429And503() {
        assertThat(RetryAfter.of(429, headers("120"), NOW)).contains(Duration.ofMinutes(2));
        assertThat(RetryAfter.of(503, headers("Mon, 17 Oct 2022 09:30:00 GMT"), NOW))
                .contains(Duration.ofMinutes(30));
    }

    @Test
    void shouldIgnoreOtherStatusesPastDatesAndNonsense() {
        assertThat(RetryAfter.of(500, headers("120"), NOW)).isEmpty();
        assertThat(RetryAfter.of(503, headers("Mon, 17 Oct 2022 08:00:00 GMT"), NOW))
                .isEmpty();
        assertThat(RetryAfter.of(503, headers("soon"), NOW)).isEmpty();
        assertThat(RetryAfter.of(503, headers("-5"), NOW)).isEmpty();
        assertThat(RetryAfter.of(503, HttpHeaders.of(Map.of(), (name, value) -> true), NOW))
                .isEmpty();
    }

    private static HttpHeaders headers(String retryAfter) {
        return HttpHeaders.of(Map.of("Retry-After", List.of(retryAfter)), (name, value) -> true);
    }
}
