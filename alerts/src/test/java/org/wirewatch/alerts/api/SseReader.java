package org.wirewatch.alerts.api;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A test's Server-Sent Events client: reads events and comments on a thread of its own into lists
 * the test polls. {@link HttpURLConnection} because {@code disconnect()} closes the socket at
 * once, which is how a test drops a client mid-stream.
 */
final class SseReader implements AutoCloseable {

    record Event(String id, String event, String data) {}

    final List<Event> events = new CopyOnWriteArrayList<>();
    final List<String> comments = new CopyOnWriteArrayList<>();
    private final HttpURLConnection connection;
    private final int status;

    SseReader(URI uri, String token, String lastEventId) {
        try {
            connection = (HttpURLConnection) uri.toURL().openConnection();
            connection.setRequestProperty("Accept", "text/event-stream");
            connection.setRequestProperty("Authorization", "Bearer " + token);
            if (lastEventId != null) {
                connection.setRequestProperty("Last-Event-ID", lastEventId);
            }
            connection.setReadTimeout(0);
            status = connection.getResponseCode();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (status == 200) {
            Thread reader = new Thread(this::read, "test-sse-reader");
            reader.setDaemon(true);
            reader.start();
        }
    }

    int status() {
        return status;
    }

    private void read() {
        try (BufferedReader in =
                new BufferedReader(new InputStreamReader(connection.getInputStream(), StandardCharsets.UTF_8))) {
            List<String> fields = new ArrayList<>();
            String line;
            while ((line = in.readLine()) != null) {
                if (line.startsWith(":")) {
                    comments.add(line.substring(1).trim());
                } else if (line.isEmpty()) {
                    if (!fields.isEmpty()) {
                        events.add(new Event(field(fields, "id"), field(fields, "event"), field(fields, "data")));
                        fields.clear();
                    }
                } else {
                    fields.add(line);
                }
            }
        } catch (IOException e) {
            // disconnected
        }
    }

    private static String field(List<String> fields, String name) {
        return fields.stream()
                .filter(f -> f.startsWith(name + ":"))
                .map(f -> f.substring(name.length() + 1).trim())
                .findFirst()
                .orElse(null);
    }

    @Override
    public void close() {
        connection.disconnect();
    }
}
