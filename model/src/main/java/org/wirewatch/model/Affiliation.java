package org.wirewatch.model;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * A person the monitor learned speaks for a state, from a title or apposition in a story ("Iran's
 * foreign ministry spokesman Nasser Kanaani"). Kept on the compacted topic {@code
 * speakers.affiliations}, keyed by the name as stories write it, so later stories that only say
 * "Kanaani said" resolve to the state.
 *
 * @param name the full name as learned
 * @param title the title the story gave, e.g. "foreign ministry spokesman"; may be null
 * @param storyId the story it was learned from
 * @param learnedAt that story's {@code publishedAt}
 */
public record Affiliation(String name, String state, String title, String storyId, Instant learnedAt) {

    public Affiliation {
        requireNonNull(name, "name");
        requireNonNull(state, "state");
        requireNonNull(storyId, "storyId");
        requireNonNull(learnedAt, "learnedAt");
    }
}
