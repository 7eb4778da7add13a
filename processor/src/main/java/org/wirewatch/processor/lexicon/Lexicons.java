package org.wirewatch.processor.lexicon;

/** The curated data the extractor reads with: states, officials, weapons. Immutable, shared. */
public record Lexicons(StateNames states, Officials officials, WeaponLexicon weapons) {

    /** The lexicons shipped with wirewatch, from the data files under {@code lexicon/}. */
    public static Lexicons standard() {
        return new Lexicons(StateNames.standard(), Officials.standard(), WeaponLexicon.standard());
    }
}
