package org.wirewatch.app.monitor;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.Optional;
import org.wirewatch.ingest.poller.PollerSettings;

/**
 * Settings of the all-in-one monitor ({@code wirewatch up}).
 *
 * @param bootstrapServers an existing cluster, or empty for the embedded broker
 * @param dataDir broker data ({@code kafka/}), service state ({@code state/}), default inbox
 * @param inbox the folder ingest watches
 * @param kafkaPort the embedded broker's client port; 0 picks one on first start and keeps it
 * @param apiPort the port on loopback of the alerts API, the dashboard and /health; 0 picks a free one
 * @param ingestPort the port on loopback of ingest's story receiver ({@code POST /api/stories}); 0
 *     picks a free one
 * @param token the access token of the API and the story receiver, or empty: then they serve
 *     loopback only, and say so
 * @param webhooks the webhook subscriptions file, or empty for no webhook delivery
 * @param feeds the feeds ingest polls, {@link PollerSettings#none()} for none
 */
public record MonitorSettings(
        Optional<String> bootstrapServers,
        Path dataDir,
        Path inbox,
        int kafkaPort,
        int apiPort,
        int ingestPort,
        Optional<String> token,
        Optional<Path> webhooks,
        PollerSettings feeds) {

    /** Settings with the API and the receiver on free ports, no token, no webhooks and no feeds (tests, quick starts). */
    public static MonitorSettings basic(Optional<String> bootstrapServers, Path dataDir, int kafkaPort) {
        return new MonitorSettings(
                bootstrapServers,
                dataDir,
                dataDir.resolve("inbox"),
                kafkaPort,
                0,
                0,
                Optional.empty(),
                Optional.empty(),
                PollerSettings.none());
    }

    public MonitorSettings {
        requireNonNull(bootstrapServers, "bootstrapServers");
        requireNonNull(dataDir, "dataDir");
        requireNonNull(inbox, "inbox");
        bootstrapServers = bootstrapServers.filter(s -> !s.isBlank());
        requirePort(kafkaPort, "kafka port");
        requirePort(apiPort, "api port");
        requirePort(ingestPort, "ingest port");
        requireNonNull(token, "token");
        requireNonNull(webhooks, "webhooks");
        requireNonNull(feeds, "feeds");
    }

    public boolean embedded() {
        return bootstrapServers.isEmpty();
    }

    Path stateDir(String service) {
        return dataDir.resolve("state").resolve(service);
    }

    private static void requirePort(int port, String what) {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException(what + " must be 0..65535, was " + port);
        }
    }
}
