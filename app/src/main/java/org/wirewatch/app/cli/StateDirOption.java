package org.wirewatch.app.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Where a Kafka Streams service keeps its local state (rebuilt from changelogs if lost). */
public final class StateDirOption {

    @Option(
            names = "--state-dir",
            paramLabel = "DIR",
            defaultValue = "${env:WIREWATCH_STATE_DIR:-wirewatch-state}",
            description =
                    "Local state directory, one per instance (env WIREWATCH_STATE_DIR; default: ${DEFAULT-VALUE}).")
    Path stateDir;
}
