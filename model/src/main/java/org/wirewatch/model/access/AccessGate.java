package org.wirewatch.model.access;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Set;

/**
 * Who may use the API: with a token configured, every path but {@link #OPEN_PATHS} needs it, as
 * {@code Authorization: Bearer <token>} (programs, other instances) or the {@link #COOKIE} cookie
 * that {@code /login} sets (browsers: EventSource cannot send headers). Without a token, the
 * settings have already confined the server to loopback ({@link #tokenFor}), and everything is
 * open. Shared by every wirewatch HTTP server (the alerts API, the ingest receiver).
 */
public final class AccessGate {

    /** HttpOnly, SameSite=Strict: scripts cannot read it and other sites cannot send it. */
    public static final String COOKIE = "wirewatch_token";

    /** Liveness for load balancers, and the page that turns a token into a cookie. */
    public static final Set<String> OPEN_PATHS = Set.of("/health", "/login");

    /** Shorter tokens are guessable; 16 characters of a random string is the floor. */
    public static final int MIN_TOKEN_LENGTH = 16;

    private static final String BEARER = "Bearer ";

    private final byte[] token;

    /** @param token the expected token, or null when none is required */
    public AccessGate(String token) {
        this.token = token == null ? null : token.getBytes(StandardCharsets.UTF_8);
    }

    public boolean requiresToken() {
        return token != null;
    }

    /**
     * @param path the request path
     * @param authorization the {@code Authorization} header, or null
     * @param cookie the {@link #COOKIE} cookie's value, or null
     */
    public boolean admits(String path, String authorization, String cookie) {
        if (token == null || OPEN_PATHS.contains(path)) {
            return true;
        }
        if (authorization != null && authorization.startsWith(BEARER)) {
            return matches(authorization.substring(BEARER.length()).trim());
        }
        return cookie != null && matches(cookie);
    }

    /** Constant time: how long a comparison takes does not reveal how much of a guess was right. */
    public boolean matches(String candidate) {
        return token != null
                && candidate != null
                && MessageDigest.isEqual(token, candidate.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The token a server bound to {@code bindHost} runs with, checked: a blank token counts as
     * none, which is allowed only on a loopback address, where only local programs can connect.
     *
     * @param server names the server in messages, e.g. {@code the alerts API}
     * @return the token, or null for none
     * @throws IllegalArgumentException when the token is missing beyond loopback, or too short
     */
    public static String tokenFor(String server, String bindHost, String token) {
        String checked = token == null || token.isBlank() ? null : token;
        if (checked == null && !isLoopback(server, bindHost)) {
            throw new IllegalArgumentException("refusing to serve " + server + " on " + bindHost
                    + " without a token: set an API token, or bind to 127.0.0.1 for local use only");
        }
        if (checked != null && checked.length() < MIN_TOKEN_LENGTH) {
            throw new IllegalArgumentException(
                    "the API token is too short: use at least " + MIN_TOKEN_LENGTH + " random characters");
        }
        return checked;
    }

    private static boolean isLoopback(String server, String host) {
        try {
            // A name could resolve to several addresses; every one must be loopback.
            for (InetAddress address : InetAddress.getAllByName(host)) {
                if (!address.isLoopbackAddress()) {
                    return false;
                }
            }
            return true;
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("cannot resolve the bind address " + host + " of " + server, e);
        }
    }
}
