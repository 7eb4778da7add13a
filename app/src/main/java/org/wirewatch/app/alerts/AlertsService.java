package org.wirewatch.app.alerts;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.wirewatch.alerts.AlertsApp;
import org.wirewatch.alerts.AlertsConfig;
import org.wirewatch.alerts.api.AlertsHttp;
import org.wirewatch.alerts.api.ApiSettings;
import org.wirewatch.alerts.api.ServiceState;
import org.wirewatch.alerts.delivery.WebhookDelivery;
import org.wirewatch.alerts.delivery.WebhookSettings;
import org.wirewatch.app.lifecycle.ServiceRun;
import org.wirewatch.streams.StreamsService;

/**
 * The alerts deployable, running: its Kafka Streams topology, the HTTP API and dashboard answered
 * from its stores, and webhook delivery when there are subscriptions, all counting into one metrics
 * registry. The same whether it runs alone ({@code wirewatch alerts}) or inside {@code up}.
 */
public final class AlertsService implements AutoCloseable {

    private final ServiceRun parts;
    private final AlertsHttp api;
    private final ApiSettings apiSettings;

    private AlertsService(ServiceRun parts, AlertsHttp api, ApiSettings apiSettings) {
        this.parts = parts;
        this.api = api;
        this.apiSettings = apiSettings;
    }

    /**
     * Starts everything; on a failure, stops what had started and rethrows.
     *
     * @param webhooks the subscriptions file, or empty for no webhook delivery
     * @param alsoRunning services beside it in this process, which its {@code /health} reports too
     */
    public static AlertsService start(
            String bootstrapServers,
            Path stateDir,
            ApiSettings apiSettings,
            Optional<Path> webhooks,
            PrometheusMeterRegistry registry,
            Map<String, Supplier<ServiceState>> alsoRunning) {
        ServiceRun parts = new ServiceRun();
        try {
            var settings = AlertsApp.settings(bootstrapServers, stateDir);
            if (apiSettings.advertised() != null) {
                settings = settings.withApplicationServer(apiSettings.advertised());
            }
            StreamsService streams =
                    parts.closeAtEnd(AlertsApp.create(settings, AlertsConfig.defaults(OfficialStandings.standard())));
            streams.start();
            AlertsHttp api = parts.closeAtEnd(
                    AlertsHttp.start(apiSettings, streams.streams(), bootstrapServers, registry, alsoRunning));
            if (webhooks.isPresent()) {
                parts.closeAtEnd(new WebhookDelivery(
                                WebhookSettings.defaults(bootstrapServers, webhooks.get()), registry))
                        .start();
            }
            return new AlertsService(parts, api, apiSettings);
        } catch (RuntimeException e) {
            parts.closeAll();
            throw e;
        }
    }

    /** Where the API and dashboard listen. */
    public InetSocketAddress apiAddress() {
        return api.address();
    }

    /** A line for a banner: where the API is, and whether it needs a token. */
    public String apiBanner() {
        return apiSettings.banner(
                api.address().getHostString() + ":" + api.address().getPort());
    }

    @Override
    public void close() {
        parts.closeAll();
    }
}
