package org.wirewatch.broker;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.common.utils.Time;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real single-node Apache Kafka broker (KRaft, broker and controller combined) running in this
 * JVM and listening only on 127.0.0.1. Its data dir holds everything: a new dir is formatted, a
 * formatted one is reopened, so topics, committed offsets and Streams state survive a restart.
 *
 * <p>Data dir layout: {@code broker.properties} (the ports, reused on restart),
 * {@code server.properties} (the settings of the latest start, for people and the format step)
 * and {@code kafka-logs/} (Kafka's log dir). One broker per data dir at a time.
 *
 * <p>As in a standalone Kafka, a fatal fault in the broker's metadata handling halts the JVM.
 */
public final class EmbeddedKafkaBroker implements KafkaBroker {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedKafkaBroker.class);
    private static final String SERVER_PROPERTIES = "server.properties";

    private final KafkaRaftServer server;
    private final String bootstrapServers;
    private final Path dataDir;
    private final AtomicBoolean closed = new AtomicBoolean();

    private EmbeddedKafkaBroker(KafkaRaftServer server, String bootstrapServers, Path dataDir) {
        this.server = server;
        this.bootstrapServers = bootstrapServers;
        this.dataDir = dataDir;
    }

    /** Starts on {@code dataDir} with the ports of its previous start, or free ones on the first. */
    public static EmbeddedKafkaBroker start(Path dataDir) {
        return start(EmbeddedBrokerOptions.in(dataDir));
    }

    /**
     * Starts the broker and returns once it answers clients.
     *
     * @throws IllegalStateException if it cannot start; whatever was started is stopped again
     */
    public static EmbeddedKafkaBroker start(EmbeddedBrokerOptions options) {
        long startNanos = System.nanoTime();
        Path dataDir = createDirectories(options.dataDir().toAbsolutePath());
        BrokerPorts ports = choosePorts(options, dataDir);
        ports.save(dataDir);
        Map<String, String> settings = SingleNodeConfig.settings(ports, dataDir);
        Path serverProperties = writeServerProperties(dataDir, settings);
        boolean formatted = StorageFormat.isFormatted(dataDir);
        if (!formatted) {
            StorageFormat.format(serverProperties);
        }
        EmbeddedKafkaBroker broker = launch(settings, SingleNodeConfig.bootstrapServers(ports), dataDir, options);
        LOG.info(
                "Kafka broker serving at {} after {} ms ({} data dir {})",
                broker.bootstrapServers,
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos),
                formatted ? "reopened" : "new",
                dataDir);
        return broker;
    }

    @Override
    public String bootstrapServers() {
        return bootstrapServers;
    }

    /** Shuts the broker down in order (controlled shutdown, logs flushed) and waits for it. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        try {
            server.shutdown();
            server.awaitShutdown();
            LOG.info("Kafka broker at {} stopped (data dir {})", bootstrapServers, dataDir);
        } catch (Exception e) {
            // Scala code may throw checked exceptions undeclared, hence Exception.
            LOG.warn("Kafka broker at {} did not shut down cleanly (data dir {})", bootstrapServers, dataDir, e);
        }
    }

    @Override
    public String toString() {
        return "EmbeddedKafkaBroker[" + bootstrapServers + ", " + dataDir + "]";
    }

    private static EmbeddedKafkaBroker launch(
            Map<String, String> settings, String bootstrapServers, Path dataDir, EmbeddedBrokerOptions options) {
        KafkaRaftServer server;
        try {
            server = new KafkaRaftServer(new KafkaConfig(settings), Time.SYSTEM);
        } catch (RuntimeException e) {
            throw startFailure(dataDir, e);
        }
        EmbeddedKafkaBroker broker = new EmbeddedKafkaBroker(server, bootstrapServers, dataDir);
        try {
            server.startup();
            ReadinessCheck.awaitServing(bootstrapServers, options.startTimeout());
            return broker;
        } catch (RuntimeException e) {
            broker.close();
            throw startFailure(dataDir, e);
        }
    }

    /**
     * The controller port comes from the earlier start (the metadata log names it); the client
     * port too unless the caller fixes one, so clients configured last time still connect.
     */
    private static BrokerPorts choosePorts(EmbeddedBrokerOptions options, Path dataDir) {
        Optional<BrokerPorts> earlier = BrokerPorts.load(dataDir);
        if (earlier.isEmpty() && StorageFormat.isFormatted(dataDir)) {
            throw new IllegalStateException("Data dir " + dataDir + " holds Kafka storage but no "
                    + BrokerPorts.FILE_NAME + ", so its controller port is unknown; it was not made by "
                    + EmbeddedKafkaBroker.class.getSimpleName());
        }
        BrokerPorts ports = earlier.orElseGet(BrokerPorts::free);
        if (options.clientPort() != EmbeddedBrokerOptions.ANY_FREE_PORT) {
            ports = ports.withClient(options.clientPort());
        }
        ports.requireFree(dataDir);
        return ports;
    }

    private static Path writeServerProperties(Path dataDir, Map<String, String> settings) {
        Properties properties = new Properties();
        properties.putAll(settings);
        Path file = dataDir.resolve(SERVER_PROPERTIES);
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            properties.store(
                    writer, "Settings of the latest start of the embedded Kafka broker (rewritten each start)");
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }

    private static Path createDirectories(Path dataDir) {
        try {
            return Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the Kafka data dir " + dataDir, e);
        }
    }

    private static IllegalStateException startFailure(Path dataDir, RuntimeException cause) {
        return new IllegalStateException(
                "The embedded Kafka broker on data dir " + dataDir + " did not start: " + cause.getMessage(), cause);
    }
}
