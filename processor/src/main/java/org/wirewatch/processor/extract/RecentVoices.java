package org.wirewatch.processor.extract;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.wirewatch.processor.lexicon.StateMention;
import org.wirewatch.processor.text.Alternatives;

/**
 * Who a later sentence means by a role alone: "the spokesman said", "the ministry added in a
 * statement", "said the minister". Wire copy introduces a voice once ("Iran's foreign ministry
 * said …", "A spokesman for the German government said …") and then names it by role only. The
 * voice meant is the latest one introduced with that role, else the latest voice at all, else an
 * official of the state the story was filed in. One per story; not thread-safe.
 */
final class RecentVoices {

    /** Roles a story names a voice by once it has introduced it. */
    private static final String ROLE_WORDS = "spokes(?:man|woman|person)|minister|ministry|president|premier|envoy"
            + "|officials?|diplomats?|chancellor|ambassador|government|secretary|leader|embassy|statement|office"
            + "|department|agency|commander|adviser|advisor";

    private static final String VERB = "(?:said|says|added|adds|told|noted|insisted|stressed|warned|declined|denied"
            + "|rejected|confirmed|dismissed|argued|wrote|explained|continued|reiterated|refused|acknowledged)";

    /** "the spokesman said", "a ministry spokeswoman added", "the minister, speaking in Kyiv, said", "said the ministry". */
    private static final Pattern ROLE_ANAPHOR = Alternatives.pattern(
            "\\b(the|a)\\s+(?:[\\w-]+\\s+){0,2}?(" + ROLE_WORDS + ")(?:'s|\u2019s)?(?:,[^,]{1,60},)?"
                    + "(?:\\s+(?:also|later|further|then|again|earlier|separately))?\\s+" + VERB + "\\b"
                    + "|\\b(?:said|added|says)\\s+(the|a)\\s+(?:[\\w-]+\\s+){0,2}?(" + ROLE_WORDS + ")\\b",
            Pattern.CASE_INSENSITIVE);

    /** A role right after a state: "a U.S. official", "Iran's foreign ministry", "the German government". */
    private static final Pattern ROLE_OF_STATE = Alternatives.pattern(
            "^(?:'s|\u2019s)?\\s+(?:[\\w-]+\\s+){0,2}?(?:" + ROLE_WORDS + ")\\b", Pattern.CASE_INSENSITIVE);

    /** How many voices are worth remembering: role anaphors reach back a few paragraphs at most. */
    private static final int KEPT = 6;

    private record Voice(Speaker speaker, String lowerSentence) {}

    private final Deque<Voice> voices = new ArrayDeque<>();
    /** The state the story was filed in, or null: whose officials a story opening with a role means. */
    private final String host;

    RecentVoices(String host) {
        this.host = host;
    }

    /** Remembers who spoke in a sentence, most recent first. */
    void heard(Speaker speaker, String lowerSentence) {
        voices.addFirst(new Voice(new Speaker(speaker.name(), speaker.state(), speaker.rank()), lowerSentence));
        if (voices.size() > KEPT) {
            voices.removeLast();
        }
    }

    /**
     * Remembers the roles a sentence ties to a state, whether or not they speak there: "When a U.S.
     * official let slip …" introduces whom "the official told reporters" means next.
     */
    void introduced(String text, String lowerSentence, List<StateMention> states) {
        for (StateMention state : states) {
            if (ROLE_OF_STATE.matcher(text).region(state.end(), text.length()).lookingAt()) {
                heard(new Speaker(null, state.code(), null), lowerSentence);
            }
        }
    }

    /**
     * The voice a role names in {@code text}, if the sentence names one by role alone; a role named
     * with its state ("the Iranian foreign ministry said"), or after a state outside quotation marks,
     * is that state speaking, not an anaphor.
     */
    Optional<Speaker> namedByRole(String text, List<StateMention> states) {
        Matcher m = ROLE_ANAPHOR.matcher(text);
        // "Tehran denied it, the ministry said": a state named before the role is who speaks
        if (!m.find() || states.stream().anyMatch(s -> s.start() < m.end() && !QuoteRuns.quoted(text, s.start()))) {
            return Optional.empty();
        }
        boolean first = m.group(2) != null;
        String role = (first ? m.group(2) : m.group(4)).toLowerCase(Locale.ROOT);
        String article = (first ? m.group(1) : m.group(3)).toLowerCase(Locale.ROOT);
        String key = role.startsWith("spokes") ? "spokes" : role.replaceAll("s$", "");
        // "a senior official said" brings in a new voice; "a spokesman said" speaks for the one just named
        if (article.equals("a") && !key.equals("spokes")) {
            return Optional.empty();
        }
        return voices.stream()
                .filter(v -> v.lowerSentence().contains(key))
                .findFirst()
                .or(() -> voices.stream().findFirst())
                .map(Voice::speaker)
                .or(() -> Optional.ofNullable(host).map(state -> new Speaker(null, state, null)));
    }
}
