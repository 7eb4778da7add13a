package org.wirewatch.processor.extract;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.wirewatch.processor.lexicon.StateMention;
import org.wirewatch.processor.lexicon.StateNames;
import org.wirewatch.processor.text.Alternatives;

/**
 * Where a story was filed: the state of the city its first line names ("SEOUL, Nov 8 (Agency) -",
 * "Transcript - government press conference, Berlin, 16 August"). Officials who speak in it by title
 * only ("DEPUTY GOVERNMENT SPOKESPERSON:") speak for that state.
 */
final class Dateline {

    /** The start of the first line, where a dateline or a transcript's heading names the place. */
    private static final Pattern OPENING = Alternatives.pattern("^\\s*([^\\n]{1,160})");

    private Dateline() {}

    static Optional<String> stateOf(String body, StateNames states) {
        Matcher opening = OPENING.matcher(body);
        if (!opening.find()) {
            return Optional.empty();
        }
        return states.find(capitalised(opening.group(1))).stream().findFirst().map(StateMention::code);
    }

    /** "WASHINGTON/KYIV" as "Washington/Kyiv": names in capitals are found as they are usually written. */
    static String capitalised(String text) {
        Matcher word = CAPITALS.matcher(text);
        StringBuilder out = new StringBuilder();
        while (word.find()) {
            String w = word.group();
            word.appendReplacement(out, w.charAt(0) + w.substring(1).toLowerCase(Locale.ROOT));
        }
        word.appendTail(out);
        return out.toString();
    }

    private static final Pattern CAPITALS = Alternatives.pattern("\\b\\p{Lu}{2,}\\b");
}
