package org.wirewatch.ingest.format;

/**
 * Input that cannot become a story. The message is the reason, written for the person who sent the
 * input ("not valid JSON at line 3, column 14: …"); it never carries a parser's stack trace, and
 * the cause is kept only for the logs.
 */
public final class RejectedInputException extends Exception {

    public RejectedInputException(String reason) {
        super(reason);
    }

    public RejectedInputException(String reason, Throwable cause) {
        super(reason, cause);
    }

    /** The reason as a sentence a person can act on; same as {@link #getMessage()}. */
    public String reason() {
        return getMessage();
    }
}
