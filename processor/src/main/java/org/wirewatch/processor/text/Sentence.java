package org.wirewatch.processor.text;

import org.wirewatch.model.Evidence;

/**
 * A sentence of a story body.
 *
 * @param start offset of its first character in the body
 * @param end offset just past its last character
 */
public record Sentence(String text, int start, int end) {

    public Evidence evidence() {
        return new Evidence(text, start, end);
    }
}
