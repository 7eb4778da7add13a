package org.wirewatch.model;

import static java.util.Objects.requireNonNull;

/** One piece of proof behind a side of an alert. {@code url} and {@code speaker} may be null. */
public record AlertEvidence(String storyId, String url, String speaker, String quote) {

    public AlertEvidence {
        requireNonNull(storyId, "storyId");
        requireNonNull(quote, "quote");
    }
}
