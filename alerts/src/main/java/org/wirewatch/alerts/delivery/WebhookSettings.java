package org.wirewatch.alerts.delivery;

import static java.util.Objects.requireNonNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Pattern;

/**
 * How webhook delivery runs. Holds no secret (those are in the subscriptions file), so it may be
 * logged whole.
 *
 * @param bootstrapServers {@code host:port[,host:port]} of the Kafka cluster
 * @param subscriptionsFile the JSON file of subscriptions, see {@code SubscriptionFile}
 * @param groupId consumer group of the alert topics (its committed offsets are what was
 *     delivered) and, suffixed {@code -parked}, of the parked topic; keep it stable
 * @param connectTimeout longest wait for a receiver's TCP/TLS connection
 * @param requestTimeout longest wait for a receiver's answer, connection included
 * @param inlineAttempts attempts made at once before a delivery is parked, 1 to 10
 * @param inlineBackoff waits between those attempts
 * @param parkBackoff waits between retries of a parked delivery; its max is also the interval at
 *     which a refused (4xx) delivery is retried
 * @param parkedScanInterval how often parked deliveries are checked for being due
 * @param kafkaTimeout longest wait for Kafka to acknowledge a parked delivery
 */
public record WebhookSettings(
        String bootstrapServers,
        Path subscriptionsFile,
        String groupId,
        Duration connectTimeout,
        Duration requestTimeout,
        int inlineAttempts,
        Backoff inlineBackoff,
        Backoff parkBackoff,
        Duration parkedScanInterval,
        Duration kafkaTimeout) {

    public static final String DEFAULT_GROUP_ID = "wirewatch-webhooks";

    private static final Pattern HOST_PORT = Pattern.compile("[^,\\s]+:\\d{1,5}");

    public WebhookSettings {
        requireNonNull(bootstrapServers, "bootstrapServers");
        requireNonNull(subscriptionsFile, "subscriptionsFile");
        requireNonNull(groupId, "groupId");
        requireNonNull(inlineBackoff, "inlineBackoff");
        requireNonNull(parkBackoff, "parkBackoff");
        for (String server : bootstrapServers.split(",", -1)) {
            if (!HOST_PORT.matcher(server.strip()).matches()) {
                throw new IllegalArgumentException("bootstrap servers '" + bootstrapServers
                        + "' must be host:port pairs separated by commas, e.g. localhost:9092");
            }
        }
        if (!Files.isRegularFile(subscriptionsFile)) {
            throw new IllegalArgumentException(
                    "webhook subscriptions file " + subscriptionsFile + " does not exist or is not a file");
        }
        if (groupId.isBlank()) {
            throw new IllegalArgumentException(
                    "group id is empty: give a stable consumer group id, e.g. " + DEFAULT_GROUP_ID);
        }
        if (inlineAttempts < 1 || inlineAttempts > 10) {
            throw new IllegalArgumentException("inline attempts must be 1 to 10, was " + inlineAttempts);
        }
        requireBetween("connect timeout", connectTimeout, Duration.ofMillis(100), Duration.ofMinutes(2));
        requireBetween("request timeout", requestTimeout, Duration.ofMillis(100), Duration.ofMinutes(5));
        requireBetween("parked scan interval", parkedScanInterval, Duration.ofMillis(10), Duration.ofMinutes(10));
        requireBetween("Kafka timeout", kafkaTimeout, Duration.ofSeconds(1), Duration.ofMinutes(10));
    }

    /**
     * Connect 5 s, request 10 s; 3 attempts inline 0.5–30 s apart; parked retries 30 s to 1 h apart,
     * checked every second; Kafka 30 s.
     */
    public static WebhookSettings defaults(String bootstrapServers, Path subscriptionsFile) {
        return new WebhookSettings(
                bootstrapServers,
                subscriptionsFile,
                DEFAULT_GROUP_ID,
                Duration.ofSeconds(5),
                Duration.ofSeconds(10),
                3,
                new Backoff(Duration.ofMillis(500), Duration.ofSeconds(30)),
                new Backoff(Duration.ofSeconds(30), Duration.ofHours(1)),
                Duration.ofSeconds(1),
                Duration.ofSeconds(30));
    }

    private static void requireBetween(String name, Duration value, Duration min, Duration max) {
        requireNonNull(value, name);
        if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
            throw new IllegalArgumentException(name + " must be between " + min.toMillis() + " ms and " + max.toMillis()
                    + " ms, was " + value.toMillis() + " ms");
        }
    }
}
