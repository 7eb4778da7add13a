package org.wirewatch.model;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * A webhook delivery that has not succeeded yet, kept on {@code alerts.webhook-parked} until a
 * later attempt succeeds, so an alert is never lost to a receiver that is down or refuses it.
 * Keyed by {@link #key()}; the topic is compacted, and a delivered one is removed with a
 * tombstone.
 *
 * @param subscription the subscription's name in the webhook configuration
 * @param alertTopic the alert topic the alert was read from, e.g. {@code alerts.stance-shifts}
 * @param body the alert's JSON exactly as on its topic: what is signed and posted
 * @param attempts attempts made so far; 0 when it was parked untried because its receiver was
 *     already known to be down
 * @param firstFailedAt when the first attempt failed, or when it was parked untried
 * @param lastError why the last attempt failed, e.g. {@code HTTP 503} or a connection error
 * @param permanent true when the receiver refused it (a 4xx other than 408 and 429, or a
 *     redirect): it is retried only at the longest interval, as it needs the receiver fixed
 * @param nextAttemptAt the earliest time of the next attempt
 */
public record ParkedDelivery(
        String subscription,
        String alertTopic,
        String alertId,
        String body,
        int attempts,
        Instant firstFailedAt,
        String lastError,
        boolean permanent,
        Instant nextAttemptAt) {

    public ParkedDelivery {
        requireNonNull(subscription, "subscription");
        requireNonNull(alertTopic, "alertTopic");
        requireNonNull(alertId, "alertId");
        requireNonNull(body, "body");
        requireNonNull(firstFailedAt, "firstFailedAt");
        requireNonNull(lastError, "lastError");
        requireNonNull(nextAttemptAt, "nextAttemptAt");
        if (attempts < 0) {
            throw new IllegalArgumentException("attempts must not be negative, was " + attempts);
        }
    }

    /** Record key: one parked delivery per subscription and alert. */
    public static String keyOf(String subscription, String alertId) {
        return subscription + "/" + alertId;
    }

    public String key() {
        return keyOf(subscription, alertId);
    }
}
