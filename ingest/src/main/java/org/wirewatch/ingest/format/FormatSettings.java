package org.wirewatch.ingest.format;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import org.wirewatch.model.json.Json;

/**
 * How inputs are read into stories.
 *
 * @param defaultSource the story {@code source} when the input names none (ninjs without
 *     {@code copyrightholder} or {@code infosources}, JSON Lines without {@code source}, plain text)
 * @param maxBytes largest input accepted, in bytes; checked before an input is read
 * @param clock gives {@code ingestedAt} (and the time of plain text received as bytes); a fixed
 *     clock makes reading deterministic in tests and replays
 */
public record FormatSettings(String defaultSource, long maxBytes, Clock clock) {

    /** 4 MiB: far above any wire story, low enough that a stray archive cannot exhaust memory. */
    public static final long DEFAULT_MAX_BYTES = 4L * 1024 * 1024;

    public static final String DEFAULT_SOURCE = "inbox";

    public FormatSettings {
        requireNonNull(defaultSource, "defaultSource");
        requireNonNull(clock, "clock");
        if (defaultSource.isBlank()) {
            throw new IllegalArgumentException(
                    "default source is blank: name where stories without a source come from, e.g. \"" + DEFAULT_SOURCE
                            + "\"");
        }
        // Json's StreamReadConstraints count characters; one byte is at most one character, so
        // staying under its limit keeps every accepted file parseable.
        if (maxBytes < 1 || maxBytes > Json.MAX_DOCUMENT_CHARS) {
            throw new IllegalArgumentException(
                    "max file size must be between 1 and " + Json.MAX_DOCUMENT_CHARS + " bytes, was " + maxBytes);
        }
    }

    public static FormatSettings defaults(Clock clock) {
        return new FormatSettings(DEFAULT_SOURCE, DEFAULT_MAX_BYTES, clock);
    }
}
