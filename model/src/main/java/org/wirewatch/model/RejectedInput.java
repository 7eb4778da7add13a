package org.wirewatch.model;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * Input that could not become a story, published to {@code stories.rejected} so nothing is lost
 * silently.
 *
 * @param origin where it came from, e.g. {@code inbox:2024-05-01-iran.json}
 * @param reason a sentence a person can act on
 * @param payload the input as text, truncated to a bounded size
 * @param payloadBytes the full size of the input in bytes
 */
public record RejectedInput(String origin, String reason, String payload, long payloadBytes, Instant rejectedAt) {

    /** Longest payload copy kept, in characters. */
    public static final int MAX_PAYLOAD_CHARS = 16 * 1024;

    public RejectedInput {
        requireNonNull(origin, "origin");
        requireNonNull(reason, "reason");
        requireNonNull(rejectedAt, "rejectedAt");
        payload = payload == null ? "" : truncate(payload);
    }

    private static String truncate(String text) {
        return text.length() <= MAX_PAYLOAD_CHARS ? text : text.substring(0, MAX_PAYLOAD_CHARS);
    }
}
