package org.wirewatch.broker;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * How to start an {@link EmbeddedKafkaBroker}.
 *
 * @param dataDir where the broker keeps its logs and settings; created if missing, reused if
 *     already formatted
 * @param clientPort the client port on 127.0.0.1, or {@link #ANY_FREE_PORT} to keep the port of
 *     the previous start on this data dir (a free one on the first start)
 * @param startTimeout how long {@code start} waits for the broker to answer clients
 */
public record EmbeddedBrokerOptions(Path dataDir, int clientPort, Duration startTimeout) {

    public static final int ANY_FREE_PORT = 0;

    /** Cold starts take ~2-3 s here; the margin is for loaded CI machines. */
    private static final Duration DEFAULT_START_TIMEOUT = Duration.ofSeconds(60);

    public EmbeddedBrokerOptions {
        Objects.requireNonNull(dataDir, "dataDir");
        Objects.requireNonNull(startTimeout, "startTimeout");
        if (clientPort < 0 || clientPort > 65_535) {
            throw new IllegalArgumentException("clientPort must be 0 (any free port) or 1-65535, was " + clientPort);
        }
        if (startTimeout.isNegative() || startTimeout.isZero()) {
            throw new IllegalArgumentException("startTimeout must be positive, was " + startTimeout);
        }
    }

    /** Any free client port and the default start timeout. */
    public static EmbeddedBrokerOptions in(Path dataDir) {
        return new EmbeddedBrokerOptions(dataDir, ANY_FREE_PORT, DEFAULT_START_TIMEOUT);
    }

    public EmbeddedBrokerOptions withClientPort(int port) {
        return new EmbeddedBrokerOptions(dataDir, port, startTimeout);
    }

    public EmbeddedBrokerOptions withStartTimeout(Duration timeout) {
        return new EmbeddedBrokerOptions(dataDir, clientPort, timeout);
    }
}
