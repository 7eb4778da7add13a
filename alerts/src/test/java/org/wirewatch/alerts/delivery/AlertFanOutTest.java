package org.wirewatch.alerts.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.wirewatch.alerts.delivery.DeliveryMetrics.Outcome;
import org.wirewatch.alerts.delivery.subscription.Secret;
import org.wirewatch.alerts.delivery.subscription.WebhookSubscription;
import org.wirewatch.alerts.query.AlertFilter;
import org.wirewatch.model.ParkedDelivery;
import org.wirewatch.model.Severity;
import org.wirewatch.model.topics.Topics;
import org.wirewatch.testkit.MutableClock;

/** Fan-out of alert records to receivers on 127.0.0.1, with a recording parking lot. */
class AlertFanOutTest {

    private static final String SECRET = "whsec-fan-out-test-01";
    private static final String SHIFTS = Topics.STANCE_SHIFTS.name();
    private static final Backoff PARK_BACKOFF = new Backoff(Duration.ofSeconds(30), Duration.ofHours(1));

    private final TestReceiver receiver = new TestReceiver();
    private final MutableClock clock = new MutableClock(Instant.parse("2024-05-01T12:00:00Z"));
    private final RecordingParkingLot parking = new RecordingParkingLot();
    private final DeliveryMetrics metrics = new DeliveryMetrics(new SimpleMeterRegistry());
    private final ExecutorService senders = Executors.newFixedThreadPool(2);

    AlertFanOutTest() throws IOException {}

    @AfterEach
    void stop() {
        receiver.close();
        senders.shutdownNow();
    }

    @Test
    void shouldParkARefusedDeliveryWithTheReasonAfterOneRequest() throws Exception {
        // Given a receiver that answers 422 to everything
        receiver.answer(422);
        AlertFanOut fanOut = fanOut(List.of(subscription("strict", receiver.url("/strict"))));

        // When one alert is delivered
        fanOut.deliver(SHIFTS, value("a-1"));

        // Then it was asked once, not retried, and the delivery is parked as refused with the status
        assertThat(receiver.received()).hasSize(1);
        ParkedDelivery parked = parking.parked.get(0);
        assertThat(parked.permanent()).isTrue();
        assertThat(parked.lastError()).startsWith("HTTP 422").contains("refused");
        assertThat(parked.attempts()).isEqualTo(1);
        assertThat(parked.nextAttemptAt()).isEqualTo(clock.instant().plus(PARK_BACKOFF.max()));
        assertThat(metrics.total("strict", Outcome.FAILED_PERMANENTLY)).isEqualTo(1);
        assertThat(metrics.total("strict", Outcome.RETRIED)).isZero();
    }

    @Test
    void shouldKeepDeliveringToOthersWhileOneReceiverIsDown() throws Exception {
        // Given one subscription whose port is closed and one whose receiver answers
        WebhookSubscription dead = subscription("dead", closedPort());
        WebhookSubscription alive = subscription("alive", receiver.url("/alive"));
        AlertFanOut fanOut = fanOut(List.of(dead, alive));

        // When three alerts are delivered
        for (String id : List.of("a-1", "a-2", "a-3")) {
            fanOut.deliver(SHIFTS, value(id));
        }

        // Then the live one has all three; the dead one's are parked, after inline attempts only for the first
        assertThat(receiver.idempotencyKeys("/alive")).containsExactly("a-1", "a-2", "a-3");
        assertThat(parking.parked).extracting(ParkedDelivery::alertId).containsExactly("a-1", "a-2", "a-3");
        assertThat(parking.parked).extracting(ParkedDelivery::attempts).containsExactly(2, 0, 0);
        assertThat(parking.parked)
                .allSatisfy(parked -> assertThat(parked.subscription()).isEqualTo("dead"));
        assertThat(metrics.total("dead", Outcome.PARKED)).isEqualTo(3);
        assertThat(metrics.total("alive", Outcome.DELIVERED)).isEqualTo(3);
    }

    @Test
    void shouldDeliverOnlyToSubscriptionsThatWantTheAlert() throws Exception {
        // Given a subscription for CRITICAL alerts only
        AlertFilter critical =
                AlertFilter.of(java.util.Set.of(), java.util.Set.of(), java.util.Set.of(), Severity.CRITICAL);
        WebhookSubscription subscription =
                new WebhookSubscription("critical", receiver.url("/critical"), Secret.of(SECRET), critical);
        AlertFanOut fanOut = fanOut(List.of(subscription));

        // When a HIGH and a CRITICAL alert are delivered
        fanOut.deliver(SHIFTS, value("a-high", Severity.HIGH));
        fanOut.deliver(SHIFTS, value("a-critical", Severity.CRITICAL));

        // Then only the CRITICAL one was posted
        assertThat(receiver.idempotencyKeys("/critical")).containsExactly("a-critical");
    }

    @Test
    void shouldSkipAndCountARecordThatIsNotAnAlert() throws Exception {
        // Given a fan-out to a live receiver
        AlertFanOut fanOut = fanOut(List.of(subscription("alive", receiver.url("/alive"))));

        // When a record of broken JSON comes, then a good one
        fanOut.deliver(SHIFTS, "{\"alertId\": ".getBytes(StandardCharsets.UTF_8));
        fanOut.deliver(SHIFTS, value("a-after"));

        // Then the bad one is counted and skipped, and the next one still delivered
        assertThat(receiver.idempotencyKeys("/alive")).containsExactly("a-after");
        assertThat(parking.parked).isEmpty();
    }

    private AlertFanOut fanOut(List<WebhookSubscription> subscriptions) {
        WebhookSender sender = new WebhookSender(Duration.ofSeconds(2), Duration.ofSeconds(5), clock);
        InlineRetries inline = new InlineRetries(
                sender,
                2,
                new Backoff(Duration.ofMillis(500), Duration.ofSeconds(30)),
                new SplittableRandom(1),
                duration -> {},
                metrics);
        return new AlertFanOut(
                subscriptions,
                inline,
                parking,
                new ReceiverOutages(),
                PARK_BACKOFF,
                new SplittableRandom(1),
                clock,
                metrics,
                senders);
    }

    private static WebhookSubscription subscription(String name, URI url) {
        return new WebhookSubscription(name, url, Secret.of(SECRET), AlertFilter.ALL);
    }

    private static byte[] value(String alertId) {
        return value(alertId, Severity.HIGH);
    }

    private static byte[] value(String alertId, Severity severity) {
        return Topics.STANCE_SHIFTS
                .valueSerde()
                .serializer()
                .serialize(SHIFTS, TestAlerts.iranStopsDenying(alertId, severity));
    }

    static URI closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return URI.create("http://127.0.0.1:" + socket.getLocalPort() + "/");
        }
    }
}
