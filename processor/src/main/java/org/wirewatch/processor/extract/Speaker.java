package org.wirewatch.processor.extract;

import org.wirewatch.processor.lexicon.Rank;

/**
 * Who speaks in a sentence, and for which state.
 *
 * @param name the person's name, or their role when the story names none ("the foreign ministry")
 * @param rank how senior, when known from the dictionary or the title; else null
 * @param onRecord the sentence is this speaker's own words even without a speech verb, as on a
 *     transcript line after their label
 */
record Speaker(String name, String state, Rank rank, boolean onRecord) {

    Speaker(String name, String state, Rank rank) {
        this(name, state, rank, false);
    }

    /** The same speaker, holding the floor: what follows is their own words. */
    Speaker holdingTheFloor() {
        return new Speaker(name, state, rank, true);
    }
}
