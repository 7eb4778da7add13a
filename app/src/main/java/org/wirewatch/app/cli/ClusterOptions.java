package org.wirewatch.app.cli;

import picocli.CommandLine.Option;

/** How to reach an existing Kafka cluster. */
public final class ClusterOptions {

    @Option(
            names = "--bootstrap-servers",
            paramLabel = "HOST:PORT[,HOST:PORT]",
            defaultValue = "${env:WIREWATCH_BOOTSTRAP_SERVERS}",
            description = "Kafka cluster to use (env WIREWATCH_BOOTSTRAP_SERVERS).")
    String bootstrapServers;

    /** The bootstrap servers, or a usage error naming the option and its variable. */
    String required(picocli.CommandLine commandLine) {
        if (bootstrapServers == null || bootstrapServers.isBlank()) {
            throw new picocli.CommandLine.ParameterException(
                    commandLine, "give --bootstrap-servers or set WIREWATCH_BOOTSTRAP_SERVERS");
        }
        return bootstrapServers;
    }
}
