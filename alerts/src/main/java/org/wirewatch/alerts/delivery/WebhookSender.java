package org.wirewatch.alerts.delivery;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import org.wirewatch.alerts.delivery.signature.WebhookSignature;
import org.wirewatch.alerts.delivery.subscription.WebhookSubscription;

/**
 * Makes one signed POST of an alert to a subscription's URL. Redirects are never followed: a
 * receiver could otherwise send our signed alerts, from inside our network, to any address
 * (SSRF); a redirect counts as refused.
 */
public final class WebhookSender {

    private final HttpClient client;
    private final Duration requestTimeout;
    private final Clock clock;

    public WebhookSender(Duration connectTimeout, Duration requestTimeout, Clock clock) {
        this.client = HttpClient.newBuilder()
                .connectTimeout(requireNonNull(connectTimeout, "connectTimeout"))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        this.requestTimeout = requireNonNull(requestTimeout, "requestTimeout");
        this.clock = requireNonNull(clock, "clock");
    }

    /**
     * @throws InterruptedException when the service closes mid-request: the delivery is then
     *     neither done nor parked, and its alert is read again at the next start
     */
    public Attempt post(WebhookSubscription subscription, Envelope envelope) throws InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(subscription.url())
                .timeout(requestTimeout)
                .header("Content-Type", "application/json")
                .header("User-Agent", "wirewatch-webhooks")
                .header(WebhookSignature.IDEMPOTENCY_KEY_HEADER, envelope.alertId())
                .header(WebhookSignature.ALERT_TYPE_HEADER, envelope.alertTopic())
                .header(
                        WebhookSignature.HEADER,
                        WebhookSignature.header(subscription.secret().bytes(), clock.instant(), envelope.body()))
                .POST(HttpRequest.BodyPublishers.ofByteArray(envelope.body()))
                .build();
        try {
            return Attempt.ofStatus(
                    client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode());
        } catch (IOException e) {
            // ConnectException and HttpTimeoutException often carry no message: the type says it.
            String message = e.getMessage() == null ? "" : ": " + e.getMessage();
            return Attempt.unanswered(e.getClass().getSimpleName() + message);
        }
    }
}
