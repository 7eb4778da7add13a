package org.wirewatch.alerts.delivery;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Counts of webhook deliveries per subscription and outcome ({@value #DELIVERIES}), of alert
 * records that could not be read ({@value #UNREADABLE}), and a gauge of parked deliveries pending.
 */
public final class DeliveryMetrics {

    public static final String DELIVERIES = "wirewatch.webhook.deliveries";
    public static final String UNREADABLE = "wirewatch.webhook.unreadable";
    public static final String PARKED_PENDING = "wirewatch.webhook.parked.pending";

    /** Tag {@code outcome} of {@value #DELIVERIES}. */
    public enum Outcome {
        /** The receiver answered 2xx. */
        DELIVERED,
        /** An attempt failed and another will follow, inline or from the parking lot. */
        RETRIED,
        /** The delivery went to the parking lot to be retried later. */
        PARKED,
        /** The receiver refused it (4xx or redirect): parked, retried only at the longest interval. */
        FAILED_PERMANENTLY;

        String tag() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private final MeterRegistry registry;

    public DeliveryMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    public void count(String subscription, Outcome outcome) {
        counter(subscription, outcome).increment();
    }

    /** The count so far; what tests and a health endpoint read. */
    public double total(String subscription, Outcome outcome) {
        return counter(subscription, outcome).count();
    }

    public void countUnreadable(String alertTopic) {
        Counter.builder(UNREADABLE)
                .description("alert records skipped because they could not be read")
                .tag("topic", alertTopic)
                .register(registry)
                .increment();
    }

    void gaugeParked(Supplier<Number> pending) {
        Gauge.builder(PARKED_PENDING, pending)
                .description("parked webhook deliveries this instance holds, waiting for a retry")
                .register(registry);
    }

    private Counter counter(String subscription, Outcome outcome) {
        // The registry returns the existing counter for the same name and tags.
        return Counter.builder(DELIVERIES)
                .description("webhook deliveries by subscription and outcome")
                .tag("subscription", subscription)
                .tag("outcome", outcome.tag())
                .register(registry);
    }
}
