package org.wirewatch.alerts.api;

import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import org.apache.kafka.streams.state.HostInfo;
import org.wirewatch.model.json.Json;

/**
 * Asks another alerts instance's {@code /internal/...} endpoints, with this instance's token (all
 * instances share one). Bounded in time, so one stuck instance makes a query fail with 503 rather
 * than hang; a body larger than {@link #MAX_BODY_BYTES} is refused.
 */
public final class Peers {

    static final long MAX_BODY_BYTES = 16L * 1024 * 1024;
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(2);
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(5);

    private final HttpClient client =
            HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT).build();
    private final String token;

    /** @param token sent as a bearer token, or null when the instances run without one */
    public Peers(String token) {
        this.token = token;
    }

    /** The peer's answer read as {@code type}, or empty when it answered 404. */
    public <T> Optional<T> get(HostInfo peer, String pathAndQuery, TypeReference<T> type) {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create("http://" + peer.host() + ":" + peer.port() + pathAndQuery))
                .timeout(REQUEST_TIMEOUT)
                .header("Accept", "application/json")
                .GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        String where = peer.host() + ":" + peer.port();
        try {
            HttpResponse<byte[]> response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() == 404) {
                return Optional.empty();
            }
            if (response.statusCode() != 200) {
                throw new PeerUnavailable("instance " + where + " answered " + response.statusCode());
            }
            if (response.body().length > MAX_BODY_BYTES) {
                throw new PeerUnavailable("instance " + where + " answered more than " + MAX_BODY_BYTES + " bytes");
            }
            return Optional.of(Json.mapper().readValue(response.body(), type));
        } catch (IOException e) {
            throw new PeerUnavailable("instance " + where + " did not answer: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PeerUnavailable("interrupted while asking instance " + where, e);
        }
    }
}
