package org.wirewatch.alerts.delivery;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * Exponential backoff with full jitter (AWS's "Exponential Backoff and Jitter"): the wait before
 * retry {@code n} is uniform in {@code [0, min(max, initial × 2^(n-1))]}. The jitter spreads the
 * retries of many alerts to a receiver coming back, rather than hitting it all at once.
 *
 * @param initial the ceiling of the first wait
 * @param max the ceiling of every wait
 */
public record Backoff(Duration initial, Duration max) {

    public Backoff {
        requireNonNull(initial, "initial");
        requireNonNull(max, "max");
        if (initial.isNegative() || initial.isZero()) {
            throw new IllegalArgumentException("backoff initial delay must be positive, was " + initial);
        }
        if (max.compareTo(initial) < 0) {
            throw new IllegalArgumentException(
                    "backoff max delay " + max + " must not be less than its initial delay " + initial);
        }
    }

    /** The ceiling of the wait before retry {@code retry} (1 for the first retry). */
    public Duration ceiling(int retry) {
        if (retry < 1) {
            throw new IllegalArgumentException("retries count from 1, was " + retry);
        }
        // Past 2^30 the product overflows long millis for any sensible initial delay: it is max anyway.
        long factor = 1L << Math.min(retry - 1, 30);
        long millis = initial.toMillis() > max.toMillis() / factor ? max.toMillis() : initial.toMillis() * factor;
        return Duration.ofMillis(Math.min(millis, max.toMillis()));
    }

    /** A wait in {@code [0, ceiling(retry)]}, drawn from {@code random}. */
    public Duration delay(int retry, RandomGenerator random) {
        return Duration.ofMillis(random.nextLong(ceiling(retry).toMillis() + 1));
    }
}
