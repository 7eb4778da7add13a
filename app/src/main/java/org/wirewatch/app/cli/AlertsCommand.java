package org.wirewatch.app.cli;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.wirewatch.alerts.api.ApiSettings;
import org.wirewatch.app.alerts.AlertsService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

@Command(
        name = "alerts",
        mixinStandardHelpOptions = true,
        description = "Run the alerts service alone: statements and mentions → alerts, with its HTTP API and"
                + " dashboard, and webhook delivery when given subscriptions. Run several with distinct --advertised"
                + " addresses.")
public final class AlertsCommand extends StreamsServiceCommand {

    @Option(
            names = "--api-bind",
            paramLabel = "ADDRESS",
            defaultValue = "127.0.0.1",
            description = "Address the API and dashboard listen on (default: ${DEFAULT-VALUE}); any but loopback"
                    + " needs --token.")
    String bind;

    @Option(
            names = "--api-port",
            defaultValue = "8081",
            description = "API and dashboard port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(
            names = "--advertised",
            paramLabel = "HOST:PORT",
            description = "This instance's API as the other alerts instances reach it; with several instances,"
                    + " queries for a key go to the instance that holds it.")
    String advertised;

    @Option(
            names = "--token",
            defaultValue = "${env:WIREWATCH_TOKEN}",
            description = "Access token of the API and dashboard (env WIREWATCH_TOKEN; at least 16 characters).")
    String token;

    @Option(
            names = "--webhooks",
            paramLabel = "FILE",
            description = "Webhook subscriptions (JSON) to deliver alerts to.")
    Path webhooks;

    private ApiSettings api;

    @Override
    void checkOptions() {
        try {
            ApiSettings settings = ApiSettings.of(bind, port, token);
            api = advertised == null ? settings : settings.withAdvertised(advertised);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    @Override
    AlertsService start(String bootstrapServers, Path stateDir) {
        AlertsService alerts = AlertsService.start(
                bootstrapServers,
                stateDir.resolve("alerts"),
                api,
                Optional.ofNullable(webhooks),
                new PrometheusMeterRegistry(PrometheusConfig.DEFAULT),
                Map.of());
        System.out.println(alerts.apiBanner());
        return alerts;
    }
}
