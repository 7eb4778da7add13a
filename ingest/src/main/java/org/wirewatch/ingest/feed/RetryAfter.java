package org.wirewatch.ingest.feed;

import java.net.http.HttpHeaders;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * The wait a server asks for with {@code Retry-After} when it is overloaded (503) or limits the
 * rate (429): delay-seconds or an HTTP date. Other statuses, a missing or unreadable header, and
 * a date in the past give none.
 */
final class RetryAfter {

    private RetryAfter() {}

    static Optional<Duration> of(int status, HttpHeaders headers, Instant now) {
        if (status != 429 && status != 503) {
            return Optional.empty();
        }
        return headers.firstValue("Retry-After").map(String::strip).flatMap(value -> parse(value, now));
    }

    private static Optional<Duration> parse(String value, Instant now) {
        if (value.matches("\\d{1,9}")) {
            return Optional.of(Duration.ofSeconds(Long.parseLong(value)));
        }
        try {
            Duration wait = Duration.between(
                    now,
                    ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME)
                            .toInstant());
            return wait.isNegative() ? Optional.empty() : Optional.of(wait);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
