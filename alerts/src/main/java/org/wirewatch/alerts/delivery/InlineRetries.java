package org.wirewatch.alerts.delivery;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.random.RandomGenerator;
import org.wirewatch.alerts.delivery.DeliveryMetrics.Outcome;
import org.wirewatch.alerts.delivery.subscription.WebhookSubscription;

/**
 * The first few attempts of a delivery, made at once with short jittered waits between them: they
 * ride out a receiver's brief hiccup. A refusal is not retried: it would be refused again.
 */
final class InlineRetries {

    /** The last attempt, and how many were made. */
    record Tried(Attempt last, int attempts) {}

    private final WebhookSender sender;
    private final int maxAttempts;
    private final Backoff backoff;
    private final RandomGenerator random;
    private final Sleeper sleeper;
    private final DeliveryMetrics metrics;

    InlineRetries(
            WebhookSender sender,
            int maxAttempts,
            Backoff backoff,
            RandomGenerator random,
            Sleeper sleeper,
            DeliveryMetrics metrics) {
        this.sender = requireNonNull(sender, "sender");
        this.maxAttempts = maxAttempts;
        this.backoff = requireNonNull(backoff, "backoff");
        this.random = requireNonNull(random, "random");
        this.sleeper = requireNonNull(sleeper, "sleeper");
        this.metrics = requireNonNull(metrics, "metrics");
    }

    Tried deliver(WebhookSubscription subscription, Envelope envelope) throws InterruptedException {
        Attempt attempt = sender.post(subscription, envelope);
        int attempts = 1;
        while (attempt.result() == Attempt.Result.RETRYABLE && attempts < maxAttempts) {
            metrics.count(subscription.name(), Outcome.RETRIED);
            Duration wait = backoff.delay(attempts, random);
            sleeper.sleep(wait);
            attempt = sender.post(subscription, envelope);
            attempts++;
        }
        return new Tried(attempt, attempts);
    }
}
