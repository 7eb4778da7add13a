package org.wirewatch.processor.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.wirewatch.processor.lexicon.NameForm;
import org.wirewatch.processor.lexicon.StateMention;
import org.wirewatch.processor.text.Alternatives;

/**
 * "The North" and "the South": how wire copy names the two Koreas once a story has named one of
 * them. Elsewhere they are compass points, so the lexicon cannot list them; the story decides.
 */
final class KoreanShorthand {

    /** Plain substrings: checked once per story, over its whole body. */
    private static final List<String> KOREA_NAMES =
            List.of("North Korea", "South Korea", "Pyongyang", "Seoul", "DPRK", " ROK", "Korean Peninsula");

    /** Not "the North Atlantic" or "the South China Sea": no proper name may follow. */
    private static final Pattern SHORTHAND =
            Alternatives.pattern("\\b[Tt]he (North|South)(?:'s|\u2019s)?\\b(?!\\s+\\p{Lu})(?!-)");

    private final boolean applies;

    private KoreanShorthand(boolean applies) {
        this.applies = applies;
    }

    static KoreanShorthand of(String storyBody) {
        return new KoreanShorthand(KOREA_NAMES.stream().anyMatch(storyBody::contains));
    }

    /** The sentence's states with its shorthands added, in order of position. */
    List<StateMention> addTo(String sentence, List<StateMention> states) {
        if (!applies) {
            return states;
        }
        Matcher m = SHORTHAND.matcher(sentence);
        List<StateMention> all = new ArrayList<>(states);
        while (m.find()) {
            String code = m.group(1).equals("North") ? "PRK" : "KOR";
            all.add(new StateMention(code, NameForm.NAME, m.group(1), m.start(1), m.end(1)));
        }
        if (all.size() == states.size()) {
            return states;
        }
        all.sort(Comparator.comparingInt(StateMention::start));
        return List.copyOf(all);
    }
}
