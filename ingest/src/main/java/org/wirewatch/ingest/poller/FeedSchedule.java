package org.wirewatch.ingest.poller;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;

/**
 * When a feed is fetched next: its interval, doubled for every failure in a row up to a cap, and
 * spread by a random jitter so that feeds configured together, or a poller restarted, do not fetch
 * in lock-step.
 *
 * @param jitter the largest deviation, as a fraction of the delay (0.1 = ±10%)
 * @param maxBackoff the longest delay after failures, unless the interval itself is longer
 * @param random uniform values in [0, 1); injected so tests can fix them
 */
public record FeedSchedule(double jitter, Duration maxBackoff, DoubleSupplier random) {

    public static final double DEFAULT_JITTER = 0.1;
    public static final Duration DEFAULT_MAX_BACKOFF = Duration.ofHours(1);

    /** Doubling more often than this already exceeds any cap (2^20 × 10 s is four months). */
    private static final int MAX_DOUBLINGS = 20;

    public FeedSchedule {
        requireNonNull(maxBackoff, "maxBackoff");
        requireNonNull(random, "random");
        if (jitter < 0 || jitter >= 1) {
            throw new IllegalArgumentException("jitter must be at least 0 and below 1, was " + jitter);
        }
    }

    public static FeedSchedule defaults() {
        return new FeedSchedule(DEFAULT_JITTER, DEFAULT_MAX_BACKOFF, () -> ThreadLocalRandom.current()
                .nextDouble());
    }

    /** @param failures failed fetches in a row, 0 after a success */
    public Duration delay(Duration interval, int failures) {
        Duration base = failures == 0 ? interval : backoff(interval, failures);
        double factor = 1 + jitter * (2 * random.getAsDouble() - 1);
        return Duration.ofMillis(Math.round(base.toMillis() * factor));
    }

    private Duration backoff(Duration interval, int failures) {
        Duration cap = interval.compareTo(maxBackoff) > 0 ? interval : maxBackoff;
        Duration doubled = interval.multipliedBy(1L << Math.min(failures, MAX_DOUBLINGS));
        return doubled.compareTo(cap) > 0 ? cap : doubled;
    }
}
