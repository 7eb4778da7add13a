package org.wirewatch.broker;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import kafka.tools.StorageTool;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.metadata.properties.MetaPropertiesEnsemble;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Formats a new data dir as a single-node KRaft cluster, in process. It runs the same code as
 * {@code kafka-storage.sh format --standalone}, through {@code StorageTool.execute}, which returns
 * an exit code instead of calling {@code System.exit} as the tool's {@code main} does.
 */
final class StorageFormat {

    private static final Logger LOG = LoggerFactory.getLogger(StorageFormat.class);

    private StorageFormat() {}

    /** Kafka writes {@code meta.properties} last when formatting, so its presence means "done". */
    static boolean isFormatted(Path dataDir) {
        return Files.exists(logDir(dataDir).resolve(MetaPropertiesEnsemble.META_PROPERTIES_NAME));
    }

    /** Formats the log dir named in {@code serverProperties} with a new random cluster id. */
    static void format(Path serverProperties) {
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        String[] args = {
            "format",
            "--config",
            serverProperties.toString(),
            "--cluster-id",
            Uuid.randomUuid().toString(),
            "--standalone"
        };
        int exitCode;
        try (PrintStream print = new PrintStream(output, true, StandardCharsets.UTF_8)) {
            exitCode = StorageTool.execute(args, print);
        } catch (RuntimeException e) {
            throw new IllegalStateException(
                    "Cannot format Kafka storage with " + serverProperties + ": " + e.getMessage(), e);
        }
        String printed = output.toString(StandardCharsets.UTF_8).strip();
        if (exitCode != 0) {
            throw new IllegalStateException("Kafka's storage format failed (exit code " + exitCode + ") with "
                    + serverProperties + ": " + printed);
        }
        LOG.debug("Formatted Kafka storage: {}", printed);
    }

    private static Path logDir(Path dataDir) {
        return dataDir.resolve(SingleNodeConfig.LOG_DIR_NAME);
    }
}
