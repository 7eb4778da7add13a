package org.wirewatch.alerts.delivery.subscription;

import static java.util.Objects.requireNonNull;

import java.net.URI;
import org.wirewatch.alerts.query.AlertFilter;
import org.wirewatch.model.Alert;

/**
 * One receiver of alerts: where to post them, the secret to sign them with and which ones it
 * wants. Safe to log: the secret does not print.
 *
 * @param name unique among subscriptions; it tags metrics and keys parked deliveries, so keep it
 *     stable
 * @param url an http or https URL
 */
public record WebhookSubscription(String name, URI url, Secret secret, AlertFilter filter) {

    public WebhookSubscription {
        requireNonNull(name, "name");
        requireNonNull(url, "url");
        requireNonNull(secret, "secret");
        requireNonNull(filter, "filter");
    }

    public boolean wants(Alert alert, String alertTopic) {
        return filter.matches(alert, alertTopic);
    }
}
