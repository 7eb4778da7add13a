package org.wirewatch.processor.lexicon;

/** How a state is named: by name, by adjective or demonym, or by a capital or institution. */
public enum NameForm {
    NAME,
    ADJECTIVE,
    METONYM
}
