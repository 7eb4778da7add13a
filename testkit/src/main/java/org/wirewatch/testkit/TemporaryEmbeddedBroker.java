package org.wirewatch.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.wirewatch.broker.EmbeddedKafkaBroker;
import org.wirewatch.broker.KafkaBroker;

/** An embedded broker on a fresh temporary data dir, which is deleted when the broker closes. */
final class TemporaryEmbeddedBroker implements KafkaBroker {

    private static final Logger LOG = LoggerFactory.getLogger(TemporaryEmbeddedBroker.class);

    private final EmbeddedKafkaBroker broker;
    private final Path dataDir;

    private TemporaryEmbeddedBroker(EmbeddedKafkaBroker broker, Path dataDir) {
        this.broker = broker;
        this.dataDir = dataDir;
    }

    static TemporaryEmbeddedBroker start() {
        Path dataDir = createTempDir();
        try {
            return new TemporaryEmbeddedBroker(EmbeddedKafkaBroker.start(dataDir), dataDir);
        } catch (RuntimeException e) {
            deleteQuietly(dataDir);
            throw e;
        }
    }

    @Override
    public String bootstrapServers() {
        return broker.bootstrapServers();
    }

    @Override
    public void close() {
        broker.close();
        deleteQuietly(dataDir);
    }

    @Override
    public String toString() {
        return broker.toString();
    }

    private static Path createTempDir() {
        try {
            return Files.createTempDirectory("wirewatch-test-broker-");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create a data dir for the test broker", e);
        }
    }

    /** A leftover temp dir must not fail a test run that passed; it is only logged. */
    private static void deleteQuietly(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            LOG.warn("Could not list the test broker's data dir {}", dir, e);
        }
        if (Files.exists(dir)) {
            LOG.warn("Could not delete the test broker's data dir {}", dir);
        }
    }
}
