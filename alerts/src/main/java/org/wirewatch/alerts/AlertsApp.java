package org.wirewatch.alerts;

import java.nio.file.Path;
import org.wirewatch.model.topics.PipelineStage;
import org.wirewatch.streams.StreamsService;
import org.wirewatch.streams.StreamsSettings;

/** The alerts deployable: its settings, topology and lifecycle, ready to start. */
public final class AlertsApp {

    /** Consumer group, internal-topic prefix and changelog names: do not change on a live system. */
    public static final String APPLICATION_ID = PipelineStage.ALERTS.applicationId();

    private AlertsApp() {}

    public static StreamsSettings settings(String bootstrapServers, Path stateDir) {
        return new StreamsSettings(
                APPLICATION_ID,
                bootstrapServers,
                stateDir,
                PipelineStage.ALERTS.deadLetters().name(),
                StreamsSettings.DEFAULT_COMMIT_INTERVAL,
                1);
    }

    public static StreamsService create(StreamsSettings settings, AlertsConfig config) {
        return new StreamsService("alerts", AlertsTopology.build(config), settings);
    }
}
