package org.wirewatch.alerts.delivery;

import static java.util.Objects.requireNonNull;

/**
 * The result of one POST to a receiver.
 *
 * @param detail what happened, for logs and parked deliveries, e.g. {@code HTTP 503}
 */
public record Attempt(Result result, String detail) {

    /** What an attempt means for the delivery. */
    public enum Result {
        /** 2xx: the receiver has it. */
        DELIVERED,
        /** 5xx, 408, 429 or no answer: the receiver may take it later. */
        RETRYABLE,
        /** Any other 4xx, or a redirect: it will refuse it again until someone fixes something. */
        REFUSED
    }

    public Attempt {
        requireNonNull(result, "result");
        requireNonNull(detail, "detail");
    }

    /** Classifies an HTTP status. Redirects are refused: we never follow one (SSRF), see the sender. */
    public static Attempt ofStatus(int status) {
        if (status >= 200 && status < 300) {
            return new Attempt(Result.DELIVERED, "HTTP " + status);
        }
        if (status == 408 || status == 429 || status >= 500) {
            return new Attempt(Result.RETRYABLE, "HTTP " + status);
        }
        if (status >= 300 && status < 400) {
            return new Attempt(
                    Result.REFUSED,
                    "HTTP " + status + ": redirects are not followed; point the subscription's url"
                            + " at the final address");
        }
        return new Attempt(Result.REFUSED, "HTTP " + status + ": the receiver refused it");
    }

    public static Attempt unanswered(String reason) {
        return new Attempt(Result.RETRYABLE, reason);
    }

    public boolean delivered() {
        return result == Result.DELIVERED;
    }

    public boolean refused() {
        return result == Result.REFUSED;
    }
}
