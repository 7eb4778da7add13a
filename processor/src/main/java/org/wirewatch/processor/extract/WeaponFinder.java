package org.wirewatch.processor.extract;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.wirewatch.model.WeaponCategory;
import org.wirewatch.processor.lexicon.TermIndex;
import org.wirewatch.processor.lexicon.WeaponEntry;
import org.wirewatch.processor.lexicon.WeaponLexicon;
import org.wirewatch.processor.text.Alternatives;

/**
 * The weapon a sentence talks about, from the lexicon: a named system wins over a generic word
 * ("Leopard 2 tanks" is the Leopard 2); a word that is also ordinary English ("Patriot", "tanks",
 * "shells") counts only when the sentence has an unambiguous arms word or a military cue.
 */
final class WeaponFinder {

    private static final Pattern MILITARY = Alternatives.pattern(
            "\\b(?:military|army|armed forces|troops|defen[cs]e|weapons?|arms|battlefield|front ?line|war|lethal|arsenal"
                    + "|stockpiles?)\\b",
            Pattern.CASE_INSENSITIVE);

    /**
     * Words before a weapon word that make it something else: "think tanks", "non-lethal aid", and an
     * institution or an official's portfolio named for the trade ("Federal Service for Military-Technical
     * Cooperation", "the Kremlin aide responsible for military-technical cooperation").
     */
    private static final Pattern NOT_A_WEAPON =
            Alternatives.pattern("(?i)(?:\\b(?:think|fish|gas|fuel|septic|water|oil|storage|shark)\\s+|\\bnon-"
                    + "|\\b(?:service|agency|committee|commission|directorate) (?:for|of|on) (?:the )?"
                    + "|\\b(?:responsible for|in charge of) (?:the )?)$");

    /**
     * A weapon named only to say what ammunition is for: "Gepard ammunition", "anti-aircraft rounds",
     * "35 mm ammunition for the Gepard", "missiles for its Eurofighters". The rounds are what moves;
     * the system they are fired from is not transferred in that phrase.
     */
    private static final Pattern AMMUNITION_AFTER =
            Alternatives.pattern("(?i)\\s+(?:\\d+\\s?mm\\s+)?(?:ammunition|ammo|rounds|shells|munitions)\\b"
                    // "the Gepard guns that fire it": the rounds spoken of before
                    + "|\\s+(?:that|which)\\s+(?:fire|fires|use|uses|need|needs)\\s+(?:it|them)\\b");

    /** "Ammunition for the Gepard guns it has sent to Kyiv": the system is itself transferred. */
    private static final Pattern ITSELF_SENT =
            Alternatives.pattern("(?i)(?:\\s+[\\w-]+){0,3}?\\s+(?:that\\s+|which\\s+)?"
                    + "(?:it|they|[\\w-]+)\\s+(?:has|have|had)\\s+(?:already\\s+)?(?:sent|delivered|supplied|given|provided"
                    + "|donated|handed|shipped)\\b");

    private static final Pattern AMMUNITION_FOR = Alternatives.pattern("(?i)\\b(?:ammunition|ammo|rounds|shells"
            + "|munitions|missiles|spare parts)\\s+for\\s+(?:the\\s+|its\\s+|their\\s+|our\\s+)?(?:[\\w-]+\\s+)?$");

    /** Longer than any of those words and the spaces after it: no need to look further back. */
    private static final int NOT_A_WEAPON_REACH = 30;

    private final WeaponLexicon lexicon;

    WeaponFinder(WeaponLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * The relevance test of a whole story: whether any sentence of it could name a weapon. A word
     * that is a weapon only in context ("planes", "rounds", "the Lancet") makes a story worth
     * reading only with military wording somewhere in it, or, for a named system, transfer
     * wording: what {@link #all} demands of a sentence.
     */
    boolean mayNameAWeapon(String text) {
        List<TermIndex.Match<WeaponEntry>> found = lexicon.find(text);
        return !found.isEmpty()
                && (found.stream().anyMatch(m -> !m.values().get(0).needsContext())
                        || MILITARY.matcher(text).find()
                        || (found.stream().anyMatch(m -> m.values().get(0).system() != null)
                                && TransferParties.mentionsTransfer(text.toLowerCase(java.util.Locale.ROOT))));
    }

    /** The weapon a sentence talks about first. */
    Optional<WeaponTerm> in(String sentence) {
        return all(sentence).stream().findFirst();
    }

    /**
     * One weapon per category the sentence names, in order of appearance; within a category a
     * named system wins over a generic word ("Leopard 2 tanks" is the Leopard 2), and "arms in
     * general" only counts when no specific category is named.
     */
    List<WeaponTerm> all(String sentence) {
        List<TermIndex.Match<WeaponEntry>> found = lexicon.find(sentence);
        boolean cued = MILITARY.matcher(sentence).find()
                || found.stream().anyMatch(m -> !m.values().get(0).needsContext());
        // a system whose name is also a word ("Taurus", "Patriot") is the weapon when it is being sent
        boolean sent = !cued
                && !found.isEmpty()
                && TransferParties.mentionsTransfer(sentence.toLowerCase(java.util.Locale.ROOT));
        Map<WeaponCategory, WeaponTerm> byCategory = new LinkedHashMap<>();
        for (TermIndex.Match<WeaponEntry> match : found) {
            WeaponEntry entry = match.values().get(0);
            if ((cued || !entry.needsContext() || (sent && entry.system() != null))
                    && !otherSense(sentence, match.start())
                    && !(entry.category() != WeaponCategory.AMMUNITION && firedFrom(sentence, match))) {
                WeaponTerm term =
                        new WeaponTerm(entry.category(), entry.system(), entry.maker(), match.start(), match.end());
                byCategory.merge(
                        entry.category(),
                        term,
                        (kept, next) -> kept.system() == null && next.system() != null ? next : kept);
            }
        }
        if (byCategory.size() > 1) {
            // "weapons, including drones" speaks of drones: arms in general only when nothing else is named
            byCategory.remove(WeaponCategory.UNSPECIFIED);
        }
        return List.copyOf(byCategory.values());
    }

    /** Whether the weapon is only the one the sentence's ammunition is for. */
    private static boolean firedFrom(String sentence, TermIndex.Match<WeaponEntry> match) {
        return AMMUNITION_AFTER
                        .matcher(sentence)
                        .region(match.end(), sentence.length())
                        .lookingAt()
                || (AMMUNITION_FOR
                                .matcher(sentence)
                                .region(Math.max(0, match.start() - 60), match.start())
                                .find()
                        && !ITSELF_SENT
                                .matcher(sentence)
                                .region(match.end(), sentence.length())
                                .lookingAt());
    }

    /** Whether the words right before {@code at} make the weapon word something else. */
    private static boolean otherSense(String sentence, int at) {
        return NOT_A_WEAPON
                .matcher(sentence)
                .region(Math.max(0, at - NOT_A_WEAPON_REACH), at)
                .useTransparentBounds(true)
                .find();
    }
}
