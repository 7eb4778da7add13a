package org.wirewatch.alerts.api;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import org.apache.kafka.streams.state.HostInfo;
import org.wirewatch.model.access.AccessGate;

/**
 * How the alerts service's HTTP API runs, validated at construction.
 *
 * @param bindHost address to listen on, e.g. {@code 127.0.0.1} or {@code 0.0.0.0}
 * @param port port to listen on; 0 for an ephemeral one ({@link AlertsHttp#address()} tells which)
 * @param token the shared secret for the API and dashboard, or null: allowed only on a loopback
 *     address, where only local programs can connect
 * @param advertised this instance's {@code host:port} as the other instances reach it (the same as
 *     Kafka Streams' {@code application.server}), or null for a single instance
 * @param idleTimeout a connection that sends or reads nothing this long is closed, so slow or
 *     half-open clients cannot pin server threads; longer than the SSE heartbeat
 * @param sse limits of the alert stream
 */
public record ApiSettings(
        String bindHost, int port, String token, String advertised, Duration idleTimeout, SseLimits sse) {

    public static final Duration DEFAULT_IDLE_TIMEOUT = Duration.ofSeconds(30);

    public ApiSettings {
        requireNonNull(bindHost, "bindHost");
        requireNonNull(idleTimeout, "idleTimeout");
        requireNonNull(sse, "sse");
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("API port must be 0..65535, was " + port);
        }
        token = AccessGate.tokenFor("the alerts API", bindHost, token);
        if (advertised != null) {
            HostInfo.buildFromEndpoint(advertised);
        }
        if (idleTimeout.compareTo(sse.heartbeat()) <= 0) {
            throw new IllegalArgumentException("the idle timeout (" + idleTimeout
                    + ") must be longer than the SSE heartbeat (" + sse.heartbeat() + ") or streams are cut");
        }
    }

    /** A single instance on {@code host:port} with default timeouts and SSE limits. */
    public static ApiSettings of(String bindHost, int port, String token) {
        return new ApiSettings(bindHost, port, token, null, DEFAULT_IDLE_TIMEOUT, SseLimits.DEFAULTS);
    }

    /** The same settings, advertising {@code hostPort} to the other instances. */
    public ApiSettings withAdvertised(String hostPort) {
        return new ApiSettings(bindHost, port, token, hostPort, idleTimeout, sse);
    }

    public boolean requiresToken() {
        return token != null;
    }

    /** The line a start-up banner shows: where the API is and whether it asks for a token. */
    public String banner(String boundAddress) {
        return requiresToken()
                ? "alerts API on http://" + boundAddress + " (token required)"
                : "alerts API on http://" + boundAddress + " WITHOUT a token: loopback only, no other host can connect";
    }

    /** Hides the token. */
    @Override
    public String toString() {
        return "ApiSettings[bindHost=" + bindHost + ", port=" + port + ", token=" + (requiresToken() ? "***" : "none")
                + ", advertised=" + advertised + ", idleTimeout=" + idleTimeout + ", sse=" + sse + "]";
    }

    /**
     * @param maxClients concurrent stream clients; more are refused with 503, since each holds a
     *     sending thread
     * @param queueCapacity alerts waiting for one client; a client this far behind is disconnected
     *     (it reconnects and resumes from its last event id) rather than slowing the others
     * @param heartbeat how often an idle stream gets a comment line, so proxies keep it open
     */
    public record SseLimits(int maxClients, int queueCapacity, Duration heartbeat) {

        public static final SseLimits DEFAULTS = new SseLimits(64, 1_000, Duration.ofSeconds(15));

        public SseLimits {
            requireNonNull(heartbeat, "heartbeat");
            if (maxClients < 1 || queueCapacity < 1) {
                throw new IllegalArgumentException("SSE max clients and queue capacity must be at least 1");
            }
            if (heartbeat.isNegative() || heartbeat.isZero()) {
                throw new IllegalArgumentException("SSE heartbeat must be positive, was " + heartbeat);
            }
        }
    }
}
