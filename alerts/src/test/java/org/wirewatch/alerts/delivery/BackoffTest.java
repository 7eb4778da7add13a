package org.wirewatch.alerts.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

class BackoffTest {

    private final Backoff backoff = new Backoff(Duration.ofMillis(500), Duration.ofSeconds(30));

    @Test
    void shouldDoubleTheCeilingPerRetryUpToTheMax() {
        assertThat(backoff.ceiling(1)).isEqualTo(Duration.ofMillis(500));
        assertThat(backoff.ceiling(2)).isEqualTo(Duration.ofSeconds(1));
        assertThat(backoff.ceiling(4)).isEqualTo(Duration.ofSeconds(4));
        assertThat(backoff.ceiling(7)).isEqualTo(Duration.ofSeconds(30));
        assertThat(backoff.ceiling(1_000)).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void shouldDrawEveryDelayBetweenZeroAndTheCeiling() {
        // Given a seeded random, many draws per retry
        RandomGenerator random = new SplittableRandom(42);

        for (int retry = 1; retry <= 12; retry++) {
            Duration ceiling = backoff.ceiling(retry);
            for (int draw = 0; draw < 200; draw++) {
                // Then each delay is within [0, ceiling]
                assertThat(backoff.delay(retry, random)).isBetween(Duration.ZERO, ceiling);
            }
        }
    }

    @Test
    void shouldReachBothEndsOfTheJitter() {
        // Given randoms that draw the lowest and the highest value allowed
        RandomGenerator lowest = fixedDraw(bound -> 0L);
        RandomGenerator highest = fixedDraw(bound -> bound - 1);

        // Then full jitter spans from no wait to the ceiling itself
        assertThat(backoff.delay(3, lowest)).isEqualTo(Duration.ZERO);
        assertThat(backoff.delay(3, highest)).isEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void shouldRejectAMaxBelowTheInitialDelay() {
        assertThatThrownBy(() -> new Backoff(Duration.ofSeconds(2), Duration.ofSeconds(1)))
                .hasMessageContaining("must not be less than its initial delay");
        assertThatThrownBy(() -> new Backoff(Duration.ZERO, Duration.ofSeconds(1)))
                .hasMessageContaining("must be positive");
    }

    private static RandomGenerator fixedDraw(java.util.function.LongUnaryOperator draw) {
        return new RandomGenerator() {
            @Override
            public long nextLong() {
                throw new UnsupportedOperationException();
            }

            @Override
            public long nextLong(long bound) {
                return draw.applyAsLong(bound);
            }
        };
    }
}
