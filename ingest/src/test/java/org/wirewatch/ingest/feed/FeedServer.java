package org.wirewatch.ingest.feed;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.zip.GZIPOutputStream;

/** A real HTTP server on 127.0.0.1 and an ephemeral port, one handler per path. */
public final class FeedServer implements AutoCloseable {

    private final HttpServer server;
    private final ExecutorService handlers = Executors.newCachedThreadPool();

    public FeedServer() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(handlers);
        server.start();
    }

    public FeedServer handle(String path, HttpHandler handler) {
        server.createContext(path, exchange -> {
            try (exchange) {
                handler.handle(exchange);
            }
        });
        return this;
    }

    public URI url(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    public InetSocketAddress address() {
        return server.getAddress();
    }

    public static void respond(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        respond(exchange, status, contentType, bytes);
    }

    public static void respond(HttpExchange exchange, int status, String contentType, byte[] bytes) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    public static void redirect(HttpExchange exchange, String location) throws IOException {
        exchange.getResponseHeaders().set("Location", location);
        exchange.sendResponseHeaders(302, -1);
    }

    /** Sends 1 GiB of zeros gzipped as it goes (about 1 MiB on the wire) until the client stops reading. */
    public static void gzipBomb(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Content-Encoding", "gzip");
        exchange.sendResponseHeaders(200, 0);
        try (OutputStream out = new GZIPOutputStream(exchange.getResponseBody(), 1 << 16)) {
            byte[] zeros = new byte[1 << 20];
            for (int mebibyte = 0; mebibyte < 1024; mebibyte++) {
                out.write(zeros);
            }
        } catch (IOException clientLeft) {
            // the client stops reading past its limit
        }
    }

    /** Announces and sends a body of this many bytes until the client stops reading. */
    public static void hugeBody(HttpExchange exchange, long bytes) throws IOException {
        exchange.sendResponseHeaders(200, bytes);
        byte[] chunk = new byte[1 << 16];
        try (OutputStream out = exchange.getResponseBody()) {
            for (long written = 0; written < bytes; written += chunk.length) {
                out.write(chunk);
            }
        } catch (IOException clientLeft) {
            // the client closes the connection once past its limit
        }
    }

    /** Stops at once; handlers still running (a hanging one) are interrupted. */
    @Override
    public void close() {
        server.stop(0);
        handlers.shutdownNow();
    }
}
