package org.wirewatch.broker;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;

/**
 * Waits until the broker serves clients: an Admin client sees it as an unfenced node. Startup
 * returning is not enough on its own, as the broker may still be catching up with the metadata
 * log or waiting for the controller to unfence it.
 */
final class ReadinessCheck {

    private ReadinessCheck() {}

    static void awaitServing(String bootstrapServers, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        try (Admin admin = Admin.create(adminSettings(bootstrapServers, timeout))) {
            Exception lastFailure = null;
            while (System.nanoTime() < deadline) {
                try {
                    long remainingMs = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
                    if (!admin.describeCluster()
                            .nodes()
                            .get(Math.max(remainingMs, 1), TimeUnit.MILLISECONDS)
                            .isEmpty()) {
                        return;
                    }
                } catch (ExecutionException | TimeoutException e) {
                    lastFailure = e;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(
                            "Interrupted while waiting for the broker at " + bootstrapServers, e);
                }
            }
            throw new IllegalStateException(
                    "The broker at " + bootstrapServers + " did not answer clients within " + timeout, lastFailure);
        }
    }

    private static Map<String, Object> adminSettings(String bootstrapServers, Duration timeout) {
        int timeoutMs = (int) Math.min(timeout.toMillis(), Integer.MAX_VALUE);
        return Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrapServers,
                AdminClientConfig.CLIENT_ID_CONFIG,
                "wirewatch-broker-readiness",
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG,
                timeoutMs,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG,
                Math.min(timeoutMs, 5_000));
    }
}
