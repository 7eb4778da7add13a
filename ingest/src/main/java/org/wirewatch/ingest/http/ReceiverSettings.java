package org.wirewatch.ingest.http;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import org.wirewatch.model.access.AccessGate;

/**
 * How the ingest service's HTTP receiver runs, validated at construction.
 *
 * @param bindHost address to listen on, e.g. {@code 127.0.0.1} or {@code 0.0.0.0}
 * @param port port to listen on; 0 for an ephemeral one ({@link StoryReceiver#address()} tells which)
 * @param token the shared secret of the API, or null: allowed only on a loopback address ({@link
 *     AccessGate#tokenFor})
 * @param idleTimeout a connection that sends nothing this long is closed, so half-open clients
 *     cannot keep a connection for ever
 * @param bodyDeadline longest the reading of one request body may take in total, however steadily
 *     the client dribbles bytes (slowloris); the connection is then cut
 */
public record ReceiverSettings(String bindHost, int port, String token, Duration idleTimeout, Duration bodyDeadline) {

    public static final int DEFAULT_PORT = 8082;
    public static final Duration DEFAULT_IDLE_TIMEOUT = Duration.ofSeconds(30);
    /** A 4 MiB body at a slow 1 Mbit/s takes ~34 s. */
    public static final Duration DEFAULT_BODY_DEADLINE = Duration.ofSeconds(60);

    public ReceiverSettings {
        requireNonNull(bindHost, "bindHost");
        requireNonNull(idleTimeout, "idleTimeout");
        requireNonNull(bodyDeadline, "bodyDeadline");
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("receiver port must be 0..65535, was " + port);
        }
        token = AccessGate.tokenFor("the story receiver", bindHost, token);
        requirePositive("idle timeout", idleTimeout);
        requirePositive("body deadline", bodyDeadline);
    }

    /** The receiver on {@code host:port} with the default timeouts. */
    public static ReceiverSettings of(String bindHost, int port, String token) {
        return new ReceiverSettings(bindHost, port, token, DEFAULT_IDLE_TIMEOUT, DEFAULT_BODY_DEADLINE);
    }

    public boolean requiresToken() {
        return token != null;
    }

    /** The line a start-up banner shows: where stories are posted and whether a token is needed. */
    public String banner(String boundAddress) {
        String url = "http://" + boundAddress + StoryReceiver.STORIES_PATH;
        return requiresToken()
                ? "story receiver on " + url + " (token required)"
                : "story receiver on " + url + " WITHOUT a token: loopback only, no other host can connect";
    }

    /** Hides the token. */
    @Override
    public String toString() {
        return "ReceiverSettings[bindHost=" + bindHost + ", port=" + port + ", token="
                + (requiresToken() ? "***" : "none") + ", idleTimeout=" + idleTimeout + ", bodyDeadline="
                + bodyDeadline + "]";
    }

    private static void requirePositive(String name, Duration value) {
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException("receiver " + name + " must be positive, was " + value);
        }
    }
}
