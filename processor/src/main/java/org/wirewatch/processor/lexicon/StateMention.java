package org.wirewatch.processor.lexicon;

/**
 * A state named in a sentence.
 *
 * @param start, end offsets of the surface form within the sentence
 */
public record StateMention(String code, NameForm form, String surface, int start, int end) {}
