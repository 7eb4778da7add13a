package org.wirewatch.alerts.dashboard;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.wirewatch.model.json.Json;

/**
 * A STAND-IN for the alerts HTTP API, so the page's details can be tested fast, without a broker:
 * it serves the real page from the classpath folder {@code dashboard/}, canned JSON per path, and
 * an SSE stream the test pushes events into. It knows nothing of Kafka, auth or query parameters;
 * {@link DashboardIT} runs the page against the real service.
 */
final class StandInAlertsApi implements AutoCloseable {

    static final String STREAM_PATH = "/api/alerts/stream";

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final Map<String, byte[]> canned = new ConcurrentHashMap<>();
    private final List<OutputStream> subscribers = new CopyOnWriteArrayList<>();
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final AtomicInteger connections = new AtomicInteger();

    private StandInAlertsApi() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        // SSE responses hold their thread for as long as the page listens
        server.setExecutor(threads);
        server.start();
    }

    static StandInAlertsApi start() throws IOException {
        return new StandInAlertsApi();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
    }

    /** Answers GET {@code rawPath} (percent-encoded as the page sends it) with {@code body} as JSON. */
    StandInAlertsApi answer(String rawPath, Object body) {
        canned.put(rawPath, json(body));
        return this;
    }

    /** Sends one SSE event, as the real stream does: event = topic name, data = the alert itself. */
    void push(String topic, String id, Object alert) {
        byte[] event = ("event: " + topic + "\nid: " + id + "\ndata: " + new String(json(alert), StandardCharsets.UTF_8)
                        + "\n\n")
                .getBytes(StandardCharsets.UTF_8);
        for (OutputStream out : subscribers) {
            try {
                out.write(event);
                out.flush();
            } catch (IOException e) {
                subscribers.remove(out); // that page went away
            }
        }
    }

    /** How many stream connections were ever opened (it only grows). */
    int connections() {
        return connections.get();
    }

    /** Raw paths (with query) of every request, in arrival order. */
    List<String> requests() {
        return List.copyOf(requests);
    }

    @Override
    public void close() {
        for (OutputStream out : subscribers) {
            try {
                out.close();
            } catch (IOException e) {
                // the page has gone already
            }
        }
        server.stop(0);
        threads.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getRawPath();
        String query = exchange.getRequestURI().getRawQuery();
        requests.add(query == null ? path : path + "?" + query);
        if (path.equals(STREAM_PATH)) {
            openStream(exchange);
            return;
        }
        byte[] body = canned.get(path);
        if (body != null) {
            send(exchange, 200, "application/json", body);
        } else if (path.equals("/") || path.matches("/[a-z]+\\.(html|js|css)")) {
            servePage(exchange, path.equals("/") ? "/index.html" : path);
        } else {
            send(exchange, 404, "text/plain", ("no stand-in answer for " + path).getBytes(StandardCharsets.UTF_8));
        }
    }

    private void openStream(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream");
        exchange.getResponseHeaders().set("Cache-Control", "no-cache");
        exchange.sendResponseHeaders(200, 0);
        OutputStream out = exchange.getResponseBody();
        out.write(": stand-in stream\n\n".getBytes(StandardCharsets.UTF_8));
        out.flush();
        subscribers.add(out);
        connections.incrementAndGet();
    }

    private void servePage(HttpExchange exchange, String file) throws IOException {
        try (InputStream in = StandInAlertsApi.class.getResourceAsStream("/dashboard" + file)) {
            if (in == null) {
                send(exchange, 404, "text/plain", ("no dashboard file " + file).getBytes(StandardCharsets.UTF_8));
                return;
            }
            String type = file.endsWith(".js")
                    ? "text/javascript"
                    : file.endsWith(".css") ? "text/css" : "text/html; charset=utf-8";
            send(exchange, 200, type, in.readAllBytes());
        }
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static byte[] json(Object value) {
        try {
            return Json.mapper().writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
