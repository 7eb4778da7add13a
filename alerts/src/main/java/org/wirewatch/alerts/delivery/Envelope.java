package org.wirewatch.alerts.delivery;

import static java.util.Objects.requireNonNull;

import java.nio.charset.StandardCharsets;
import org.wirewatch.model.ParkedDelivery;

/**
 * An alert ready to post: its id (the idempotency key), the topic it came from (the alert type)
 * and its JSON exactly as on that topic, which is what is signed and sent.
 */
public record Envelope(String alertTopic, String alertId, byte[] body) {

    public Envelope {
        requireNonNull(alertTopic, "alertTopic");
        requireNonNull(alertId, "alertId");
        requireNonNull(body, "body");
    }

    public static Envelope of(ParkedDelivery parked) {
        return new Envelope(parked.alertTopic(), parked.alertId(), parked.body().getBytes(StandardCharsets.UTF_8));
    }

    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }
}
