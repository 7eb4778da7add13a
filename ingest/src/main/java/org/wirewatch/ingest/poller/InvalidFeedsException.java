package org.wirewatch.ingest.poller;

/** A feeds configuration that cannot be used; the message says what to fix. */
public final class InvalidFeedsException extends Exception {

    public InvalidFeedsException(String message) {
        super(message);
    }

    public InvalidFeedsException(String message, Throwable cause) {
        super(message, cause);
    }
}
