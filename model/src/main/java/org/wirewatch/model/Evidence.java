package org.wirewatch.model;

import static java.util.Objects.requireNonNull;

/**
 * The sentence a mention or statement was read from.
 *
 * @param start offset of the sentence's first character in the story body (UTF-16 units)
 * @param end offset just past its last character; {@code body.substring(start, end)} is the sentence
 */
public record Evidence(String sentence, int start, int end) {

    public Evidence {
        requireNonNull(sentence, "sentence");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad evidence offsets " + start + ".." + end);
        }
    }
}
