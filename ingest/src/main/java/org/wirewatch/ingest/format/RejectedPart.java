package org.wirewatch.ingest.format;

import static java.util.Objects.requireNonNull;

/**
 * One part of an input that was rejected while the rest was read: a line of a JSON Lines file or
 * an item of a ninjs array.
 *
 * @param unit what the parts of this input are called, {@code line} or {@code item}
 * @param number 1-based position of the part in the input
 * @param payload the part as text, for the operator to see what was wrong
 */
public record RejectedPart(String unit, int number, String reason, String payload) {

    public RejectedPart {
        requireNonNull(unit, "unit");
        requireNonNull(reason, "reason");
        requireNonNull(payload, "payload");
    }

    /** E.g. {@code line 7}. */
    public String label() {
        return unit + " " + number;
    }

    /** E.g. {@code line 7: not valid JSON at column 12: …}. */
    public String describe() {
        return label() + ": " + reason;
    }
}
