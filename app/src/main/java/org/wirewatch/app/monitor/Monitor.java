package org.wirewatch.app.monitor;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.apache.kafka.streams.KafkaStreams;
import org.wirewatch.alerts.api.ApiSettings;
import org.wirewatch.alerts.api.ServiceState;
import org.wirewatch.app.alerts.AlertsService;
import org.wirewatch.app.console.AlertConsole;
import org.wirewatch.app.lifecycle.ServiceRun;
import org.wirewatch.broker.EmbeddedBrokerOptions;
import org.wirewatch.broker.EmbeddedKafkaBroker;
import org.wirewatch.ingest.IngestService;
import org.wirewatch.ingest.IngestSettings;
import org.wirewatch.ingest.http.ReceiverSettings;
import org.wirewatch.model.topics.TopicProvisioner;
import org.wirewatch.model.topics.Topics;
import org.wirewatch.processor.ProcessorApp;
import org.wirewatch.streams.StreamsService;

/**
 * The whole monitor in one process: broker (embedded unless a cluster is given), topics,
 * processor, alerts (with the API, dashboard and /health of every service), ingest (inbox and story
 * receiver, on loopback with the API's token) and console printer. Closing stops them in reverse
 * order of start, so upstream stops feeding before downstream commits and leaves.
 */
public final class Monitor implements AutoCloseable {

    private final ServiceRun running = new ServiceRun();
    /** Read by the API's /health while services are still being added: a concurrent map. */
    private final Map<String, Supplier<ServiceState>> health = new ConcurrentHashMap<>();

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private String bootstrapServers;
    private AlertsService alerts;
    private IngestService ingest;

    private Monitor() {}

    /** Starts everything; on a failure, stops what had started and rethrows. */
    public static Monitor start(MonitorSettings settings, PrintStream console) throws IOException {
        Monitor monitor = new Monitor();
        try {
            monitor.startAll(settings, console);
            return monitor;
        } catch (IOException | RuntimeException e) {
            monitor.close();
            throw e;
        }
    }

    private void startAll(MonitorSettings settings, PrintStream console) throws IOException {
        bootstrapServers = startKafka(settings);
        startStreams(
                "processor",
                ProcessorApp.create(ProcessorApp.settings(bootstrapServers, settings.stateDir("processor"))));
        String loopback = InetAddress.getLoopbackAddress().getHostAddress();
        ApiSettings api =
                ApiSettings.of(loopback, settings.apiPort(), settings.token().orElse(null));
        alerts = started(AlertsService.start(
                bootstrapServers, settings.stateDir("alerts"), api, settings.webhooks(), registry, health));
        started(new AlertConsole(bootstrapServers, console)).start();
        // Same registry as alerts: its /metrics shows ingest's counts too.
        IngestService service = started(new IngestService(
                IngestSettings.defaults(bootstrapServers, settings.inbox()).withFeeds(settings.feeds()),
                Optional.of(ReceiverSettings.of(
                        loopback, settings.ingestPort(), settings.token().orElse(null))),
                registry));
        service.start();
        ingest = service;
        health.put("ingest", () -> new ServiceState(service.isRunning(), service.isRunning() ? "RUNNING" : "STOPPED"));
    }

    public String bootstrapServers() {
        return bootstrapServers;
    }

    /** Where the alerts API and dashboard listen. */
    public InetSocketAddress apiAddress() {
        return alerts.apiAddress();
    }

    /** A line for the banner: where the API is, and whether it needs a token. */
    public String apiBanner() {
        return alerts.apiBanner();
    }

    /** Where ingest's story receiver listens. */
    public InetSocketAddress receiverAddress() {
        return ingest.receiverAddress().orElseThrow();
    }

    private String startKafka(MonitorSettings settings) {
        if (settings.bootstrapServers().isPresent()) {
            String bootstrap = settings.bootstrapServers().get();
            TopicProvisioner.ensure(bootstrap, Topics.all(), Optional.empty());
            return bootstrap;
        }
        EmbeddedKafkaBroker broker = started(EmbeddedKafkaBroker.start(
                EmbeddedBrokerOptions.in(settings.dataDir().resolve("kafka")).withClientPort(settings.kafkaPort())));
        TopicProvisioner.ensure(broker.bootstrapServers(), Topics.all(), Optional.of((short) 1));
        return broker.bootstrapServers();
    }

    private void startStreams(String name, StreamsService service) {
        started(service).start();
        health.put(name, () -> {
            KafkaStreams.State state = service.state();
            return new ServiceState(state.isRunningOrRebalancing(), state.name());
        });
    }

    private <T extends AutoCloseable> T started(T service) {
        return running.closeAtEnd(service);
    }

    @Override
    public void close() {
        running.closeAll();
    }
}
