package org.wirewatch.ingest.http;

/**
 * A request the receiver answers with an error status. The message is the reason, written for
 * whoever sent the request; the payload is what was read of the body, for {@code stories.rejected}.
 */
final class Refusal extends Exception {

    private static final byte[] NOTHING = new byte[0];

    private final int status;
    private final byte[] payload;
    private final long payloadBytes;

    /** A refusal before any of the body was read. */
    Refusal(int status, String reason) {
        this(status, reason, NOTHING, 0);
    }

    /**
     * @param payload the body, or as much of it as was read
     * @param payloadBytes the body's size as far as known (declared, or counted)
     */
    Refusal(int status, String reason, byte[] payload, long payloadBytes) {
        super(reason);
        this.status = status;
        this.payload = payload;
        this.payloadBytes = payloadBytes;
    }

    int status() {
        return status;
    }

    String reason() {
        return getMessage();
    }

    byte[] payload() {
        return payload;
    }

    long payloadBytes() {
        return payloadBytes;
    }
}
