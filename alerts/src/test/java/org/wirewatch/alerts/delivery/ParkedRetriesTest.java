package org.wirewatch.alerts.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.wirewatch.alerts.delivery.subscription.Secret;
import org.wirewatch.alerts.delivery.subscription.WebhookSubscription;
import org.wirewatch.alerts.query.AlertFilter;
import org.wirewatch.model.ParkedDelivery;
import org.wirewatch.model.topics.Topics;
import org.wirewatch.testkit.MutableClock;

/** Retries of parked deliveries against a receiver on 127.0.0.1, on a clock moved by hand. */
class ParkedRetriesTest {

    private static final Backoff BACKOFF = new Backoff(Duration.ofSeconds(30), Duration.ofHours(1));
    private static final Instant START = Instant.parse("2024-05-01T12:00:00Z");

    private final TestReceiver receiver = new TestReceiver();
    private final MutableClock clock = new MutableClock(START);
    private final RecordingParkingLot parking = new RecordingParkingLot();
    private final ReceiverOutages outages = new ReceiverOutages();
    private final WebhookSubscription desk = new WebhookSubscription(
            "desk", receiver.url("/desk"), Secret.of("whsec-parked-test-0001"), AlertFilter.ALL);
    private final ParkedRetries retries = new ParkedRetries(
            List.of(desk),
            new WebhookSender(Duration.ofSeconds(2), Duration.ofSeconds(5), clock),
            parking,
            outages,
            BACKOFF,
            new SplittableRandom(3),
            clock,
            new DeliveryMetrics(new SimpleMeterRegistry()));

    ParkedRetriesTest() throws IOException {}

    @AfterEach
    void stop() {
        receiver.close();
    }

    @Test
    void shouldDeliverADueOneAndReleaseIt() throws Exception {
        // Given a parked delivery that is due
        retries.track(0, "desk/a-1", parked("a-1", 2, false, START));

        // When due ones are retried
        retries.retryDue();

        // Then it was posted and released
        assertThat(receiver.idempotencyKeys("/desk")).containsExactly("a-1");
        assertThat(parking.released).containsExactly("desk/a-1");
        assertThat(retries.pending()).isZero();
    }

    @Test
    void shouldNotTryARefusedOneBeforeTheLongestIntervalHasPassed() throws Exception {
        // Given a delivery the receiver refused, parked an hour out
        receiver.answer(410);
        retries.track(0, "desk/a-1", parked("a-1", 1, true, START.plus(BACKOFF.max())));

        // When retries run a minute later, and again ten minutes later
        clock.advance(Duration.ofMinutes(1));
        retries.retryDue();
        clock.advance(Duration.ofMinutes(10));
        retries.retryDue();

        // Then the receiver was not asked; once the hour has passed, it is asked once and parked again
        assertThat(receiver.received()).isEmpty();
        clock.advance(Duration.ofMinutes(50));
        retries.retryDue();
        assertThat(receiver.received()).hasSize(1);
        ParkedDelivery again = parking.parked.get(0);
        assertThat(again.permanent()).isTrue();
        assertThat(again.lastError()).startsWith("HTTP 410");
        assertThat(again.attempts()).isEqualTo(2);
        assertThat(again.nextAttemptAt()).isEqualTo(clock.instant().plus(BACKOFF.max()));
        assertThat(retries.pending()).isEqualTo(1);
    }

    @Test
    void shouldReparkWithOneMoreAttemptAndProbeTheReceiverOnlyOncePerRound() throws Exception {
        // Given a receiver answering 503 and three parked deliveries due
        receiver.answer(503);
        for (String id : List.of("a-1", "a-2", "a-3")) {
            retries.track(0, "desk/" + id, parked(id, 3, false, START));
        }

        // When due ones are retried
        retries.retryDue();

        // Then one probe was made; the probed one is parked again with a later time, none dropped
        assertThat(receiver.received()).hasSize(1);
        ParkedDelivery again = parking.parked.get(0);
        assertThat(again.attempts()).isEqualTo(4);
        assertThat(again.lastError()).isEqualTo("HTTP 503");
        assertThat(again.nextAttemptAt()).isBetween(START, START.plus(BACKOFF.ceiling(4)));
        assertThat(retries.pending()).isEqualTo(3);

        // When the receiver is back and the probe is due
        receiver.answer(200);
        clock.advance(BACKOFF.ceiling(4));
        retries.retryDue();

        // Then all three arrive and are released
        assertThat(receiver.idempotencyKeys("/desk"))
                .containsOnly("a-1", "a-2", "a-3")
                .hasSize(4);
        assertThat(parking.released).containsExactlyInAnyOrder("desk/a-1", "desk/a-2", "desk/a-3");
        assertThat(retries.pending()).isZero();
    }

    @Test
    void shouldKeepADeliveryWhoseSubscriptionIsGone() throws Exception {
        // Given a parked delivery of a subscription no longer configured
        retries.track(
                0,
                "old/a-1",
                new ParkedDelivery(
                        "old", Topics.STANCE_SHIFTS.name(), "a-1", "{}", 1, START, "HTTP 503", false, START));

        // When due ones are retried
        retries.retryDue();

        // Then it stays, untried
        assertThat(retries.pending()).isEqualTo(1);
        assertThat(parking.released).isEmpty();
    }

    @Test
    void shouldForgetDeliveriesOfRevokedPartitionsAndDeliveredOnes() {
        retries.track(0, "desk/a-1", parked("a-1", 1, false, START));
        retries.track(1, "desk/a-2", parked("a-2", 1, false, START));
        retries.track(2, "desk/a-3", parked("a-3", 1, false, START));

        retries.forget(List.of(1));
        retries.track(2, "desk/a-3", null);

        assertThat(retries.pending()).isEqualTo(1);
    }

    private static ParkedDelivery parked(String alertId, int attempts, boolean refused, Instant next) {
        String body = new String(
                Topics.STANCE_SHIFTS
                        .valueSerde()
                        .serializer()
                        .serialize(
                                Topics.STANCE_SHIFTS.name(),
                                TestAlerts.iranStopsDenying(alertId, org.wirewatch.model.Severity.HIGH)),
                java.nio.charset.StandardCharsets.UTF_8);
        return new ParkedDelivery(
                "desk", Topics.STANCE_SHIFTS.name(), alertId, body, attempts, START, "HTTP 503", refused, next);
    }
}
