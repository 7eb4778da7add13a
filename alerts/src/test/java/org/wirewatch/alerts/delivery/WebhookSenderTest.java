package org.wirewatch.alerts.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.wirewatch.alerts.delivery.Attempt.Result;
import org.wirewatch.alerts.delivery.TestReceiver.Received;
import org.wirewatch.alerts.delivery.signature.SignatureVerifier;
import org.wirewatch.alerts.delivery.subscription.Secret;
import org.wirewatch.alerts.delivery.subscription.WebhookSubscription;
import org.wirewatch.alerts.query.AlertFilter;
import org.wirewatch.model.topics.Topics;

/** One POST, and a few inline, over real sockets to a receiver on 127.0.0.1. */
class WebhookSenderTest {

    private static final String SECRET = "whsec-sender-test-0123";
    private static final byte[] BODY = "{\"alertId\":\"a-7\",\"note\":\"Захарова\"}".getBytes(StandardCharsets.UTF_8);
    private static final Envelope ENVELOPE = new Envelope(Topics.STANCE_SHIFTS.name(), "a-7", BODY);

    private final TestReceiver receiver = new TestReceiver();
    private final WebhookSender sender =
            new WebhookSender(Duration.ofSeconds(2), Duration.ofSeconds(5), Clock.systemUTC());

    WebhookSenderTest() throws IOException {}

    @AfterEach
    void stopReceiver() {
        receiver.close();
    }

    @Test
    void shouldPostTheExactBodySignedWithIdempotencyKeyAndAlertType() throws Exception {
        // When an alert is posted to a receiver that answers 200
        Attempt attempt = sender.post(subscription(receiver.url("/hook")), ENVELOPE);

        // Then it is delivered, byte for byte, with headers a receiver can check
        assertThat(attempt.result()).isEqualTo(Result.DELIVERED);
        Received request = receiver.received().get(0);
        assertThat(request.body()).isEqualTo(BODY);
        assertThat(request.contentType()).isEqualTo("application/json");
        assertThat(request.idempotencyKey()).isEqualTo("a-7");
        assertThat(request.alertType()).isEqualTo("alerts.stance-shifts");
        assertThat(new SignatureVerifier(SECRET.getBytes(StandardCharsets.UTF_8)).isValid(request.signature(), BODY))
                .isTrue();
    }

    @Test
    void shouldNotFollowARedirect() throws Exception {
        // Given a receiver that redirects elsewhere
        receiver.answer(302);

        // When an alert is posted to it
        Attempt attempt = sender.post(subscription(receiver.url("/moved")), ENVELOPE);

        // Then it is refused, with a reason to act on, after the one request
        assertThat(attempt.result()).isEqualTo(Result.REFUSED);
        assertThat(attempt.detail()).contains("redirects are not followed");
        assertThat(receiver.received()).hasSize(1);
    }

    @Test
    void shouldCallAClosedPortRetryable() throws Exception {
        // Given a loopback port nothing listens on
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }

        // When an alert is posted there
        Attempt attempt = sender.post(subscription(URI.create("http://127.0.0.1:" + port + "/")), ENVELOPE);

        // Then the attempt may be made again
        assertThat(attempt.result()).isEqualTo(Result.RETRYABLE);
        assertThat(attempt.detail()).contains("ConnectException");
    }

    @Test
    void shouldRetryA503InlineWithJitteredWaitsAndStopAtTheLimit() throws Exception {
        // Given a receiver answering 503, and three attempts inline
        receiver.answer(503);
        List<Duration> waits = new ArrayList<>();
        Backoff backoff = new Backoff(Duration.ofMillis(500), Duration.ofSeconds(30));
        InlineRetries inline = new InlineRetries(sender, 3, backoff, new SplittableRandom(7), waits::add, metrics());

        // When an alert is delivered
        InlineRetries.Tried tried = inline.deliver(subscription(receiver.url("/busy")), ENVELOPE);

        // Then three requests were made, with two waits each within its backoff ceiling, and it failed retryably
        assertThat(tried.attempts()).isEqualTo(3);
        assertThat(tried.last().result()).isEqualTo(Result.RETRYABLE);
        assertThat(receiver.received()).hasSize(3);
        assertThat(waits).hasSize(2);
        assertThat(waits.get(0)).isBetween(Duration.ZERO, backoff.ceiling(1));
        assertThat(waits.get(1)).isBetween(Duration.ZERO, backoff.ceiling(2));
    }

    @Test
    void shouldNotRetryARefusalInline() throws Exception {
        // Given a receiver answering 410 Gone
        receiver.answer(410);
        List<Duration> waits = new ArrayList<>();
        InlineRetries inline = new InlineRetries(
                sender,
                3,
                new Backoff(Duration.ofMillis(500), Duration.ofSeconds(30)),
                new SplittableRandom(7),
                waits::add,
                metrics());

        // When an alert is delivered
        InlineRetries.Tried tried = inline.deliver(subscription(receiver.url("/gone")), ENVELOPE);

        // Then the one request was refused and nothing was waited for
        assertThat(tried.attempts()).isEqualTo(1);
        assertThat(tried.last().result()).isEqualTo(Result.REFUSED);
        assertThat(waits).isEmpty();
    }

    private static DeliveryMetrics metrics() {
        return new DeliveryMetrics(new io.micrometer.core.instrument.simple.SimpleMeterRegistry());
    }

    static WebhookSubscription subscription(URI url) {
        return new WebhookSubscription("test", url, Secret.of(SECRET), AlertFilter.ALL);
    }
}
