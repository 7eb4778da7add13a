package org.wirewatch.alerts.delivery;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which receivers are down, and when one may be tried again. Once a delivery to a subscription
 * ends in the parking lot, its next alerts go straight there too, without inline attempts, until a
 * retry of a parked one succeeds: a dead receiver then costs one probe per backoff interval, and
 * neither the live stream nor the other subscriptions wait on it. Shared by the live and parked
 * paths; thread-safe.
 */
final class ReceiverOutages {

    private final Map<String, Instant> downUntil = new ConcurrentHashMap<>();

    boolean isDown(String subscription) {
        return downUntil.containsKey(subscription);
    }

    /** True when the receiver is up, or down but due for a probe. */
    boolean mayTry(String subscription, Instant now) {
        Instant until = downUntil.get(subscription);
        return until == null || !until.isAfter(now);
    }

    void down(String subscription, Instant retryAt) {
        downUntil.put(subscription, retryAt);
    }

    void up(String subscription) {
        downUntil.remove(subscription);
    }
}
