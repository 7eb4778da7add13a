package org.wirewatch.app.cli;

import java.nio.file.Path;
import org.wirewatch.alerts.AlertsApp;
import org.wirewatch.alerts.AlertsConfig;
import org.wirewatch.app.alerts.OfficialStandings;
import org.wirewatch.streams.StreamsService;
import picocli.CommandLine.Command;

@Command(
        name = "alerts",
        mixinStandardHelpOptions = true,
        description = "Run the alerts service alone: statements → stance-shift alerts.")
public final class AlertsCommand extends StreamsServiceCommand {

    @Override
    StreamsService create(String bootstrapServers, Path stateDir) {
        return AlertsApp.create(
                AlertsApp.settings(bootstrapServers, stateDir.resolve("alerts")),
                AlertsConfig.defaults(OfficialStandings.standard()));
    }
}
