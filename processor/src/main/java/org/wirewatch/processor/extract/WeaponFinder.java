package org.wirewatch.processor.extract;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.wirewatch.processor.lexicon.TermIndex;
import org.wirewatch.processor.lexicon.WeaponEntry;
import org.wirewatch.processor.lexicon.WeaponLexicon;

/**
 * The weapon a sentence talks about, from the lexicon: a named system wins over a generic word
 * ("Leopard 2 tanks" is the Leopard 2); a word that is also ordinary English ("Patriot", "tanks",
 * "shells") counts only when the sentence has an unambiguous arms word or a military cue.
 */
final class WeaponFinder {

    private static final Pattern MILITARY = Pattern.compile(
            "\\b(?:military|army|armed forces|troops|defen[cs]e|weapons?|arms|battlefield|front ?line|war)\\b",
            Pattern.CASE_INSENSITIVE);

    private final WeaponLexicon lexicon;

    WeaponFinder(WeaponLexicon lexicon) {
        this.lexicon = lexicon;
    }

    boolean occursIn(String text) {
        return lexicon.occursIn(text);
    }

    Optional<WeaponTerm> in(String sentence) {
        List<TermIndex.Match<WeaponEntry>> found = lexicon.find(sentence);
        boolean cued = MILITARY.matcher(sentence).find()
                || found.stream().anyMatch(m -> !m.values().get(0).needsContext());
        return found.stream()
                .filter(m -> cued || !m.values().get(0).needsContext())
                .min((a, b) -> Boolean.compare(named(b), named(a)) != 0
                        ? Boolean.compare(named(b), named(a))
                        : Integer.compare(a.start(), b.start()))
                .map(m -> {
                    WeaponEntry entry = m.values().get(0);
                    return new WeaponTerm(entry.category(), entry.system(), entry.maker(), m.start(), m.end());
                });
    }

    private static boolean named(TermIndex.Match<WeaponEntry> match) {
        return match.values().get(0).system() != null;
    }
}
