package org.wirewatch.ingest.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.apache.kafka.clients.producer.MockProducer;
import org.wirewatch.ingest.format.FormatSettings;
import org.wirewatch.ingest.publish.SourceMeters;
import org.wirewatch.ingest.publish.StoryPublisher;
import org.wirewatch.model.RejectedInput;
import org.wirewatch.model.Story;
import org.wirewatch.model.json.Json;
import org.wirewatch.model.topics.Topics;

/**
 * A receiver on 127.0.0.1 and a free port whose publisher writes to MockProducers that acknowledge
 * at once, with an HTTP client and raw sockets to talk to it.
 */
final class TestReceiver implements AutoCloseable {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2024-05-01T12:00:00Z"), ZoneOffset.UTC);
    static final String TOKEN = "test-token-0123456789abcdef";
    static final long MAX_BYTES = 64 * 1024;

    final MockProducer<String, Story> stories = new MockProducer<>(
            true,
            null,
            Topics.STORIES_RAW.keySerde().serializer(),
            Topics.STORIES_RAW.valueSerde().serializer());
    final MockProducer<String, RejectedInput> rejections = new MockProducer<>(
            true,
            null,
            Topics.STORIES_REJECTED.keySerde().serializer(),
            Topics.STORIES_REJECTED.valueSerde().serializer());
    final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    final StoryReceiver receiver;
    private final HttpClient client =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private TestReceiver(ReceiverSettings settings, StoryPublisher publisher) {
        StoryPublisher acking =
                publisher != null ? publisher : new StoryPublisher(stories, rejections, Duration.ofSeconds(5));
        this.receiver = StoryReceiver.start(
                settings, new FormatSettings("unused", MAX_BYTES, CLOCK), acking, registry, () -> true);
    }

    /** Without a token, default timeouts. */
    static TestReceiver open() {
        return new TestReceiver(ReceiverSettings.of("127.0.0.1", 0, null), null);
    }

    static TestReceiver with(ReceiverSettings settings) {
        return new TestReceiver(settings, null);
    }

    static TestReceiver publishingTo(StoryPublisher publisher) {
        return new TestReceiver(ReceiverSettings.of("127.0.0.1", 0, null), publisher);
    }

    HttpResponse<String> post(String contentType, byte[] body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(StoryReceiver.STORIES_PATH))
                .timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request.build());
    }

    HttpResponse<String> get(String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                .timeout(Duration.ofSeconds(30))
                .GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request.build());
    }

    /** A raw connection, for what an HTTP client will not send. */
    Socket connect() throws IOException {
        InetSocketAddress address = receiver.address();
        Socket socket = new Socket(address.getHostString(), address.getPort());
        socket.setSoTimeout(10_000);
        return socket;
    }

    /** True once the server has closed the connection; reads (and drops) what it sent before. */
    static boolean closedByServer(Socket socket) {
        try {
            socket.setSoTimeout(50);
            InputStream in = socket.getInputStream();
            byte[] buffer = new byte[4096];
            while (true) {
                if (in.read(buffer) < 0) {
                    return true;
                }
            }
        } catch (SocketTimeoutException e) {
            return false;
        } catch (IOException e) {
            return true;
        }
    }

    double count(String meter) {
        return registry.get(meter)
                .tag(SourceMeters.SOURCE, StoryReceiver.SOURCE)
                .counter()
                .count();
    }

    static JsonNode json(HttpResponse<String> response) {
        try {
            return Json.mapper().readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + receiver.address().getPort() + path);
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        receiver.close();
    }
}
