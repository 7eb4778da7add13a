package org.wirewatch.processor.extract;

import org.wirewatch.processor.lexicon.Rank;

/**
 * Who speaks in a sentence, and for which state.
 *
 * @param name the person's name, or their role when the story names none ("the foreign ministry")
 * @param rank how senior, when known from the dictionary or the title; else null
 */
record Speaker(String name, String state, Rank rank) {}
