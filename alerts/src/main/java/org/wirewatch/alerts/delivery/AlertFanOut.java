package org.wirewatch.alerts.delivery;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.random.RandomGenerator;
import org.apache.kafka.common.KafkaException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.wirewatch.alerts.delivery.DeliveryMetrics.Outcome;
import org.wirewatch.alerts.delivery.InlineRetries.Tried;
import org.wirewatch.alerts.delivery.subscription.WebhookSubscription;
import org.wirewatch.model.Alert;
import org.wirewatch.model.ParkedDelivery;

/**
 * Delivers one alert record to every subscription that wants it, each in parallel, and returns
 * only when each has it delivered or parked: then, and only then, may its offset be committed.
 * A receiver that is known to be down gets its delivery parked at once, so it holds up no one.
 */
final class AlertFanOut {

    private static final Logger log = LoggerFactory.getLogger(AlertFanOut.class);

    private final List<WebhookSubscription> subscriptions;
    private final InlineRetries inline;
    private final ParkingLot parking;
    private final ReceiverOutages outages;
    private final Backoff parkBackoff;
    private final RandomGenerator random;
    private final Clock clock;
    private final DeliveryMetrics metrics;
    private final ExecutorService senders;

    AlertFanOut(
            List<WebhookSubscription> subscriptions,
            InlineRetries inline,
            ParkingLot parking,
            ReceiverOutages outages,
            Backoff parkBackoff,
            RandomGenerator random,
            Clock clock,
            DeliveryMetrics metrics,
            ExecutorService senders) {
        this.subscriptions = List.copyOf(subscriptions);
        this.inline = requireNonNull(inline, "inline");
        this.parking = requireNonNull(parking, "parking");
        this.outages = requireNonNull(outages, "outages");
        this.parkBackoff = requireNonNull(parkBackoff, "parkBackoff");
        this.random = requireNonNull(random, "random");
        this.clock = requireNonNull(clock, "clock");
        this.metrics = requireNonNull(metrics, "metrics");
        this.senders = requireNonNull(senders, "senders");
    }

    /**
     * Delivers or parks the record's alert for each subscription that wants it. A record that is
     * not an alert is logged, counted and skipped: it can never become one.
     *
     * @throws KafkaException when a delivery could not be parked: the record is not done
     * @throws InterruptedException when the service closes: the record is not done
     */
    void deliver(String topic, byte[] value) throws InterruptedException {
        if (value == null) {
            return; // a tombstone carries no alert
        }
        Alert alert;
        try {
            alert = AlertTopics.read(topic, value);
        } catch (RuntimeException e) {
            log.warn("skipping a record of {} that is not a readable alert: {}", topic, e.getMessage());
            metrics.countUnreadable(topic);
            return;
        }
        Envelope envelope = new Envelope(topic, alert.alertId(), value);
        List<Callable<Void>> deliveries = subscriptions.stream()
                .filter(subscription -> subscription.wants(alert, topic))
                .map(subscription -> (Callable<Void>) () -> {
                    deliverOrPark(subscription, envelope);
                    return null;
                })
                .toList();
        awaitAll(senders.invokeAll(deliveries));
    }

    private void deliverOrPark(WebhookSubscription subscription, Envelope envelope) throws InterruptedException {
        String name = subscription.name();
        if (outages.isDown(name)) {
            Instant now = clock.instant();
            park(
                    subscription,
                    envelope,
                    0,
                    "not tried: the receiver has been down since an earlier delivery",
                    false,
                    now);
            return;
        }
        Tried tried = inline.deliver(subscription, envelope);
        Attempt last = tried.last();
        if (last.delivered()) {
            metrics.count(name, Outcome.DELIVERED);
        } else if (last.refused()) {
            log.warn("{} refused alert {}: {}; parked", name, envelope.alertId(), last.detail());
            park(
                    subscription,
                    envelope,
                    tried.attempts(),
                    last.detail(),
                    true,
                    clock.instant().plus(parkBackoff.max()));
        } else {
            Instant retryAt = clock.instant().plus(parkBackoff.delay(1, random));
            outages.down(name, retryAt);
            log.warn(
                    "{} did not take alert {} after {} attempts ({}); parked, and its next alerts too until it is"
                            + " back",
                    name,
                    envelope.alertId(),
                    tried.attempts(),
                    last.detail());
            park(subscription, envelope, tried.attempts(), last.detail(), false, retryAt);
        }
    }

    private void park(
            WebhookSubscription subscription,
            Envelope envelope,
            int attempts,
            String error,
            boolean refused,
            Instant nextAttemptAt) {
        parking.park(new ParkedDelivery(
                subscription.name(),
                envelope.alertTopic(),
                envelope.alertId(),
                envelope.bodyText(),
                attempts,
                clock.instant(),
                error,
                refused,
                nextAttemptAt));
        metrics.count(subscription.name(), refused ? Outcome.FAILED_PERMANENTLY : Outcome.PARKED);
    }

    private static void awaitAll(List<Future<Void>> deliveries) throws InterruptedException {
        for (Future<Void> delivery : deliveries) {
            try {
                delivery.get();
            } catch (ExecutionException e) {
                if (e.getCause() instanceof InterruptedException interrupted) {
                    throw interrupted;
                }
                if (e.getCause() instanceof RuntimeException failure) {
                    throw failure;
                }
                throw new KafkaException("a webhook delivery failed", e.getCause());
            }
        }
    }
}
