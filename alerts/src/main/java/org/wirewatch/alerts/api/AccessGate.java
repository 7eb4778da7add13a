package org.wirewatch.alerts.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Set;

/**
 * Who may use the API: with a token configured, every path but {@link #OPEN_PATHS} needs it, as
 * {@code Authorization: Bearer <token>} (programs, other instances) or the {@link #COOKIE} cookie
 * that {@code /login} sets (browsers: EventSource cannot send headers). Without a token, the
 * settings have already confined the server to loopback, and everything is open.
 */
public final class AccessGate {

    /** HttpOnly, SameSite=Strict: scripts cannot read it and other sites cannot send it. */
    public static final String COOKIE = "wirewatch_token";

    /** Liveness for load balancers, and the page that turns a token into a cookie. */
    public static final Set<String> OPEN_PATHS = Set.of("/health", "/login");

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
}
