package org.wirewatch.alerts.api;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.apache.kafka.streams.KafkaStreams;
import org.wirewatch.alerts.AlertsApp;
import org.wirewatch.alerts.AlertsConfig;
import org.wirewatch.alerts.stance.SpeakerStandings;
import org.wirewatch.streams.StreamsService;
import org.wirewatch.streams.StreamsSettings;

/** One alerts instance for tests: the topology on a real broker and its HTTP API on 127.0.0.1. */
public final class AlertsNode implements AutoCloseable {

    public static final String TOKEN = "test-token-0123456789abcdef";

    private static final HttpClient CLIENT =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    final StreamsService service;
    final AlertsHttp http;

    private AlertsNode(StreamsService service, AlertsHttp http) {
        this.service = service;
        this.http = http;
    }

    /** Advertises its port to other instances of {@code applicationId}, as a cluster member must. */
    public static AlertsNode start(String bootstrap, String applicationId, Path stateDir) {
        int port = freePort();
        String self = "127.0.0.1:" + port;
        StreamsSettings base = AlertsApp.settings(bootstrap, stateDir);
        StreamsSettings settings = new StreamsSettings(
                        applicationId, bootstrap, stateDir, base.deadLetterTopic(), base.commitInterval(), 1)
                .withApplicationServer(self);
        StreamsService service = AlertsApp.create(settings, AlertsConfig.defaults(SpeakerStandings.unknown()));
        AlertsHttp http = AlertsHttp.start(
                ApiSettings.of("127.0.0.1", port, TOKEN).withAdvertised(self),
                service.streams(),
                bootstrap,
                new PrometheusMeterRegistry(PrometheusConfig.DEFAULT),
                Map.of());
        service.start();
        return new AlertsNode(service, http);
    }

    public boolean running() {
        return service.state() == KafkaStreams.State.RUNNING;
    }

    public URI uri(String pathAndQuery) {
        return URI.create("http://127.0.0.1:" + http.address().getPort() + pathAndQuery);
    }

    HttpResponse<String> get(String pathAndQuery) {
        return get(pathAndQuery, TOKEN);
    }

    /** @param token sent as a bearer token, or null to send none */
    HttpResponse<String> get(String pathAndQuery, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(pathAndQuery)).timeout(Duration.ofSeconds(10));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        http.close();
        service.close();
    }

    /** The instance must know its port before Kafka Streams starts, to advertise it. */
    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
