package org.wirewatch.ingest.poller;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class FeedScheduleTest {

    private static final Duration FIVE_MINUTES = Duration.ofMinutes(5);

    @Test
    void shouldSpreadTheIntervalByTheJitterBothWays() {
        assertThat(schedule(0.0).delay(FIVE_MINUTES, 0)).isEqualTo(Duration.ofSeconds(270));
        assertThat(schedule(0.5).delay(FIVE_MINUTES, 0)).isEqualTo(FIVE_MINUTES);
        assertThat(schedule(0.999).delay(FIVE_MINUTES, 0)).isBetween(Duration.ofSeconds(329), Duration.ofSeconds(330));
    }

    @Test
    void shouldDoubleTheDelayForEveryFailureInARow() {
        FeedSchedule schedule = schedule(0.5);

        assertThat(schedule.delay(FIVE_MINUTES, 1)).isEqualTo(Duration.ofMinutes(10));
        assertThat(schedule.delay(FIVE_MINUTES, 2)).isEqualTo(Duration.ofMinutes(20));
        assertThat(schedule.delay(FIVE_MINUTES, 3)).isEqualTo(Duration.ofMinutes(40));
    }

    @Test
    void shouldCapTheBackoffEvenAfterManyFailures() {
        FeedSchedule schedule = schedule(0.5);

        assertThat(schedule.delay(FIVE_MINUTES, 4)).isEqualTo(Duration.ofHours(1));
        assertThat(schedule.delay(FIVE_MINUTES, 1_000)).isEqualTo(Duration.ofHours(1));
        // An interval longer than the cap is never shortened by a failure.
        assertThat(schedule.delay(Duration.ofHours(6), 3)).isEqualTo(Duration.ofHours(6));
    }

    @Test
    void shouldRefuseAJitterOfTheWholeDelay() {
        assertThatThrownBy(() -> new FeedSchedule(1.0, Duration.ofHours(1), () -> 0.5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("jitter must be at least 0 and below 1");
    }

    private static FeedSchedule schedule(double random) {
        return new FeedSchedule(0.1, Duration.ofHours(1), () -> random);
    }
}
