package org.wirewatch.alerts.delivery;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.wirewatch.alerts.delivery.DeliveryMetrics.Outcome;
import org.wirewatch.alerts.delivery.subscription.WebhookSubscription;
import org.wirewatch.model.ParkedDelivery;

/**
 * The parked deliveries this instance holds, and their retries. It holds what it read off the
 * parked topic's partitions assigned to it; a retry that fails parks the delivery again with one
 * more attempt and a later time (backoff growing per attempt, capped), and one that succeeds
 * releases it. Nothing is ever dropped: a delivery whose subscription is no longer configured
 * stays parked until it is configured again. Its receiver's outage gates the retries: once one
 * retry to a receiver fails, its others wait for the next probe.
 */
final class ParkedRetries {

    private static final Logger log = LoggerFactory.getLogger(ParkedRetries.class);

    private record Held(int partition, ParkedDelivery delivery) {}

    private final Map<String, WebhookSubscription> subscriptions;
    private final WebhookSender sender;
    private final ParkingLot parking;
    private final ReceiverOutages outages;
    private final Backoff backoff;
    private final RandomGenerator random;
    private final Clock clock;
    private final DeliveryMetrics metrics;
    private final Map<String, Held> held = new ConcurrentHashMap<>();

    ParkedRetries(
            Collection<WebhookSubscription> subscriptions,
            WebhookSender sender,
            ParkingLot parking,
            ReceiverOutages outages,
            Backoff backoff,
            RandomGenerator random,
            Clock clock,
            DeliveryMetrics metrics) {
        this.subscriptions = subscriptions.stream()
                .collect(Collectors.toUnmodifiableMap(WebhookSubscription::name, Function.identity()));
        this.sender = requireNonNull(sender, "sender");
        this.parking = requireNonNull(parking, "parking");
        this.outages = requireNonNull(outages, "outages");
        this.backoff = requireNonNull(backoff, "backoff");
        this.random = requireNonNull(random, "random");
        this.clock = requireNonNull(clock, "clock");
        this.metrics = requireNonNull(metrics, "metrics");
    }

    /** Takes in a record of the parked topic: the latest state of its key; null = delivered. */
    void track(int partition, String key, ParkedDelivery delivery) {
        if (delivery == null) {
            held.remove(key);
        } else {
            held.put(key, new Held(partition, delivery));
        }
    }

    /** Lets go of partitions assigned to another instance now; it reads them afresh. */
    void forget(Collection<Integer> partitions) {
        held.values().removeIf(entry -> partitions.contains(entry.partition()));
    }

    int pending() {
        return held.size();
    }

    /** Retries every delivery that is due and whose receiver may be tried, earliest first. */
    void retryDue() throws InterruptedException {
        Instant now = clock.instant();
        List<Held> due = held.values().stream()
                .filter(entry -> !entry.delivery().nextAttemptAt().isAfter(now))
                .sorted(Comparator.comparing(entry -> entry.delivery().nextAttemptAt()))
                .toList();
        for (Held entry : due) {
            ParkedDelivery delivery = entry.delivery();
            WebhookSubscription subscription = subscriptions.get(delivery.subscription());
            if (subscription == null) {
                continue; // kept parked: see the class comment
            }
            if (outages.mayTry(subscription.name(), clock.instant())) {
                retry(subscription, entry);
            }
        }
    }

    private void retry(WebhookSubscription subscription, Held entry) throws InterruptedException {
        ParkedDelivery delivery = entry.delivery();
        Attempt attempt = sender.post(subscription, Envelope.of(delivery));
        if (attempt.delivered()) {
            // Crash here, before the release: the delivery is retried after restart, a duplicate the
            // receiver drops by its Idempotency-Key. Releasing first could lose it instead.
            parking.release(delivery.subscription(), delivery.alertId());
            held.remove(delivery.key());
            outages.up(subscription.name());
            metrics.count(subscription.name(), Outcome.DELIVERED);
            log.info(
                    "{} took parked alert {} after {} attempts",
                    subscription.name(),
                    delivery.alertId(),
                    delivery.attempts() + 1);
            return;
        }
        int attempts = delivery.attempts() + 1;
        Instant next = attempt.refused()
                ? clock.instant().plus(backoff.max())
                : clock.instant().plus(backoff.delay(attempts, random));
        if (!attempt.refused()) {
            outages.down(subscription.name(), next);
        }
        ParkedDelivery again = new ParkedDelivery(
                delivery.subscription(),
                delivery.alertTopic(),
                delivery.alertId(),
                delivery.body(),
                attempts,
                delivery.firstFailedAt(),
                attempt.detail(),
                attempt.refused(),
                next);
        parking.park(again);
        held.put(again.key(), new Held(entry.partition(), again));
        metrics.count(subscription.name(), attempt.refused() ? Outcome.FAILED_PERMANENTLY : Outcome.RETRIED);
    }
}
