package org.wirewatch.alerts.delivery;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A webhook receiver on 127.0.0.1 and a free port, for tests: it records every request and
 * answers the status it is told to (200 unless set).
 */
final class TestReceiver implements AutoCloseable {

    /** One request as received. */
    record Received(
            String path, String signature, String idempotencyKey, String alertType, String contentType, byte[] body) {}

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger status = new AtomicInteger(200);

    TestReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    URI url(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    /** The status every next request gets. */
    void answer(int status) {
        this.status.set(status);
    }

    List<Received> received() {
        return List.copyOf(received);
    }

    List<String> idempotencyKeys(String path) {
        return received.stream()
                .filter(request -> request.path().equals(path))
                .map(Received::idempotencyKey)
                .toList();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange;
                InputStream in = exchange.getRequestBody()) {
            byte[] body = in.readAllBytes();
            var headers = exchange.getRequestHeaders();
            received.add(new Received(
                    exchange.getRequestURI().getPath(),
                    headers.getFirst("Wirewatch-Signature"),
                    headers.getFirst("Idempotency-Key"),
                    headers.getFirst("Wirewatch-Alert-Type"),
                    headers.getFirst("Content-Type"),
                    body));
            int answer = status.get();
            if (answer >= 300 && answer < 400) {
                exchange.getResponseHeaders().add("Location", "http://127.0.0.1:9/elsewhere");
            }
            exchange.sendResponseHeaders(answer, -1);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
