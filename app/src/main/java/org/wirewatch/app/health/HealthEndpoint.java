package org.wirewatch.app.health;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.wirewatch.model.json.Json;

/**
 * {@code GET /health}: each service's state, 200 when all are up, 503 otherwise — for load
 * balancers and the operator's first look. Binds where it is told (loopback for {@code up}).
 */
public final class HealthEndpoint implements AutoCloseable {

    private final HttpServer server;
    private final ExecutorService executor;

    /** @param checks service name → "is it up?" and a state word for people */
    public HealthEndpoint(InetSocketAddress address, Map<String, Supplier<ServiceState>> checks) throws IOException {
        this.server = HttpServer.create(address, 0);
        // A small pool: one slow client must not block every other request.
        this.executor = Executors.newFixedThreadPool(4, runnable -> {
            Thread thread = new Thread(runnable, "health-http");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(executor);
        server.createContext("/health", exchange -> respond(exchange, checks));
        server.start();
    }

    /** A service's state as the endpoint reports it. */
    public record ServiceState(boolean up, String state) {}

    public InetSocketAddress address() {
        return server.getAddress();
    }

    private static void respond(HttpExchange exchange, Map<String, Supplier<ServiceState>> checks) throws IOException {
        try (exchange) {
            if (!"GET".equals(exchange.getRequestMethod())) {
                exchange.sendResponseHeaders(405, -1);
                return;
            }
            Map<String, String> states = new LinkedHashMap<>();
            boolean up = true;
            for (var check : checks.entrySet()) {
                ServiceState state = check.getValue().get();
                states.put(check.getKey(), state.state());
                up &= state.up();
            }
            byte[] body = Json.mapper().writeValueAsBytes(Map.of("status", up ? "UP" : "DOWN", "services", states));
            exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
            exchange.sendResponseHeaders(up ? 200 : 503, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
