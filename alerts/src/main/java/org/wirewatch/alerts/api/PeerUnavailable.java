package org.wirewatch.alerts.api;

/**
 * This instance's stores, or another instance holding part of the answer, cannot answer now
 * (starting, rebalancing, unreachable); answered with 503 and this message, so a client retries.
 */
public final class PeerUnavailable extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public PeerUnavailable(String message, Throwable cause) {
        super(message, cause);
    }

    public PeerUnavailable(String message) {
        super(message);
    }
}
