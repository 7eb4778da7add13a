package org.wirewatch.broker;

/**
 * A running Kafka cluster that wirewatch can talk to. Closing it stops the broker if this process
 * started it; the data stays in its directory, so a restart on the same directory keeps topics,
 * offsets and state.
 */
public interface KafkaBroker extends AutoCloseable {

    /** {@code host:port[,host:port]} for clients, always on a loopback address for embedded ones. */
    String bootstrapServers();

    /** Stops the broker (if this process started it) and waits for it; never throws. */
    @Override
    void close();
}
