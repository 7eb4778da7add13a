package org.wirewatch.alerts.api.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.wirewatch.model.Severity;

/**
 * The names and tags of wirewatch's own meters, declared once. Prometheus shows them with dots as
 * underscores and {@code _total} appended, e.g. {@code wirewatch_alerts_total}. Every service
 * counts into the one registry {@code /metrics} serves.
 */
public final class WirewatchMeters {

    /** Stories that reached {@code stories.raw}. */
    public static final String STORIES_IN = "wirewatch.stories.in";

    /** Mentions and statements the processor wrote; tag {@value #KIND}. */
    public static final String MENTIONS_OUT = "wirewatch.mentions.out";

    /** Alerts published; tags {@value #TYPE} (the alert topic) and {@value #SEVERITY}. */
    public static final String ALERTS = "wirewatch.alerts";

    /**
     * Records in a dead-letter topic, counted one by one (transaction markers are not records); tag
     * {@value #SERVICE}.
     */
    public static final String DEAD_LETTERS = "wirewatch.dead.letters";

    /** Webhook delivery attempts; tags {@value #SUBSCRIPTION} and {@value #OUTCOME}. */
    public static final String WEBHOOK_DELIVERIES = "wirewatch.webhook.deliveries";

    public static final String KIND = "kind";
    public static final String TYPE = "type";
    public static final String SEVERITY = "severity";
    public static final String SERVICE = "service";
    public static final String SUBSCRIPTION = "subscription";
    public static final String OUTCOME = "outcome";

    private WirewatchMeters() {}

    /** Micrometer caches counters by name and tags, so calling this per event is cheap. */
    public static Counter alerts(MeterRegistry registry, String type, Severity severity) {
        return Counter.builder(ALERTS)
                .description("Alerts published, read back from the alert topics")
                .tag(TYPE, type)
                .tag(SEVERITY, severity.name())
                .register(registry);
    }

    /** @param outcome e.g. {@code delivered}, {@code retried}, {@code failed} */
    public static Counter webhookDeliveries(MeterRegistry registry, String subscription, String outcome) {
        return Counter.builder(WEBHOOK_DELIVERIES)
                .description("Webhook delivery attempts by outcome")
                .tag(SUBSCRIPTION, subscription)
                .tag(OUTCOME, outcome)
                .register(registry);
    }
}
