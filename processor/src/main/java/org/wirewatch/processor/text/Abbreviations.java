package org.wirewatch.processor.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import opennlp.tools.util.Span;

/**
 * Sentence ends the statistical model gets wrong around abbreviations. Wire copy is full of
 * "U.S.", "U.N.", "Jan." and "Gen.", and the model both splits after them mid-sentence
 * ("countermeasures against U.S." / "firms …", "on Jan." / "2.") and misses a real end after them
 * ("imposed by the U.S. The Kremlin said …"). An abbreviation ends a sentence only when the next
 * word is one that opens sentences (an article, a pronoun, a conjunction); a title never does.
 */
final class Abbreviations {

    /** The last word of a span when it is an abbreviation: "U.S.", "a.m.", "Gen.", "Jan.". */
    private static final Pattern TRAILING =
            Alternatives.pattern("(?:^|[\\s(\"\u201c])((?:\\p{L}\\.){2,}|\\p{Lu}\\p{Ll}{0,4}\\.)$");

    /**
     * An initialism or a number ending in a period inside a span, followed by a word that opens a
     * sentence: a missed end ("imposed by the U.S. The Kremlin …", "on Jan. 2. The missiles …").
     */
    private static final Pattern MISSED_END =
            Alternatives.pattern("(?:\\b(?:\\p{L}\\.){2,}|(?<=\\s)\\d{1,4}\\.)(?=\\s+[\"\u201c]?(\\p{Lu}\\p{Ll}*)\\b)");

    /**
     * Short abbreviations of titles, months and the like; a capitalised word with a period is
     * otherwise a word ending a sentence ("sanctions on Iran."). "No." is left out: in briefing
     * transcripts it is mostly an answer.
     */
    private static final Set<String> SHORT = Set.of(
            "Gen.", "Lt.", "Col.", "Maj.", "Capt.", "Sgt.", "Adm.", "Cmdr.", "Sen.", "Rep.", "Gov.", "Amb.", "Pres.",
            "Mr.", "Mrs.", "Ms.", "Dr.", "Prof.", "St.", "Jan.", "Feb.", "Aug.", "Sep.", "Sept.", "Oct.", "Nov.",
            "Dec.", "Co.", "Corp.", "Inc.", "Ltd.", "Jr.", "Sr.");

    /** Words that open sentences far more often than they continue a name: after them a new sentence starts. */
    private static final Set<String> OPENERS = Set.of(
            "The",
            "A",
            "An",
            "This",
            "That",
            "These",
            "Those",
            "It",
            "Its",
            "He",
            "His",
            "She",
            "Her",
            "They",
            "Their",
            "We",
            "Our",
            "I",
            "You",
            "There",
            "Here",
            "But",
            "And",
            "Or",
            "So",
            "Yet",
            "In",
            "On",
            "At",
            "For",
            "From",
            "By",
            "With",
            "After",
            "Before",
            "Since",
            "As",
            "When",
            "While",
            "If",
            "Although",
            "Though",
            "However",
            "Meanwhile",
            "Separately",
            "Earlier",
            "Later",
            "Asked",
            "According",
            "Under",
            "Some",
            "Many",
            "Most",
            "Such",
            "Both",
            "Neither",
            "Still",
            "Instead",
            "Last",
            "Now",
            "Then");

    private static final Pattern FIRST_WORD = Alternatives.pattern("[\"\u201c]?(\\p{Lu}\\p{Ll}*)\\b");

    private Abbreviations() {}

    /** The model's spans over {@code line}, with splits after abbreviations undone and missed ends added. */
    static List<Span> correct(String line, Span[] spans) {
        List<Span> joined = new ArrayList<>();
        for (Span span : spans) {
            Span last = joined.isEmpty() ? null : joined.get(joined.size() - 1);
            if (last != null && continues(line, last, span)) {
                joined.set(joined.size() - 1, new Span(last.getStart(), span.getEnd()));
            } else {
                joined.add(span);
            }
        }
        List<Span> split = new ArrayList<>();
        joined.forEach(span -> split.addAll(missedEnds(line, span)));
        return split;
    }

    /** Whether {@code next} goes on the sentence {@code span} ends with an abbreviation. */
    private static boolean continues(String line, Span span, Span next) {
        Matcher abbreviation = TRAILING.matcher(line.substring(span.getStart(), span.getEnd()));
        if (!abbreviation.find()) {
            return false;
        }
        String found = abbreviation.group(1);
        if (!found.matches("(?:\\p{L}\\.){2,}") && !SHORT.contains(found)) {
            return false;
        }
        String rest = line.substring(next.getStart(), next.getEnd());
        Matcher word = FIRST_WORD.matcher(rest);
        if (word.lookingAt()) {
            // "U.S." / "President Joe Biden", "Gen." / "Mark Milley"; not "U.S." / "The Kremlin", "No." / "We"
            return !OPENERS.contains(word.group(1));
        }
        // "U.S." / "firms", "Jan." / "2", "S.A." / "(PDVSA)"; a quotation opens a sentence
        return !rest.isEmpty() && !rest.startsWith("\"") && !rest.startsWith("\u201c");
    }

    /** {@code span} cut after each initialism that a sentence opener follows. */
    private static List<Span> missedEnds(String line, Span span) {
        List<Span> parts = new ArrayList<>();
        Matcher m = MISSED_END.matcher(line);
        m.region(span.getStart(), span.getEnd());
        m.useTransparentBounds(true);
        int start = span.getStart();
        while (m.find()) {
            if (OPENERS.contains(m.group(1))) {
                parts.add(new Span(start, m.end()));
                start = m.end();
            }
        }
        parts.add(new Span(start, span.getEnd()));
        return parts;
    }
}
