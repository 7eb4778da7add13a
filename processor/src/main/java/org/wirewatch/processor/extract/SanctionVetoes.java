package org.wirewatch.processor.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.wirewatch.processor.text.Alternatives;

/**
 * A member holding up its organisation's sanctions ("Hungary blocked the embargo"): the member is
 * no imposer, and the organisation's sanctions are still only a proposal while the veto stands.
 */
final class SanctionVetoes {

    /** A subject's verb that holds a measure up rather than imposing it. */
    private static final Pattern BLOCKING = Alternatives.pattern(
            "^\\W*(?:\\w+\\s+){0,3}?(?:vetoe?d?|veto(?:es|ing)|block(?:s|ed|ing)|held up|hold(?:s|ing)? up|opposed|opposes)\\s"
                    + "(?:\\w+\\s+){0,2}$");

    /**
     * A member holding up its organisation's sanctions. "The veto" is talk about someone's veto
     * ("called the veto cynical"), not the speaker's own.
     */
    private static final Pattern VETO = Alternatives.pattern(
            "(?<!the )\\bveto|\\bblock(?:s|ed|ing)?\\b|\\bhold(?:s|ing)? up|\\bobject(?:s|ed|ion)|\\bresistance\\b");
    /**
     * A hold-up given up: "after Hungary lifted its objection", "dropped its veto", "dropped its
     * threat to block", "ended its months-long opposition to".
     */
    private static final Pattern VETO_DROPPED = Alternatives.pattern(
            "\\b(?:lift|drop|withdr[ae]w|abandon|end|waiv)\\w* (?:its|their|the|his|her) (?:[\\w-]+ ){0,2}$");

    private SanctionVetoes() {}

    /** Whether the only state imposing is the subject of a verb of holding the sanction up. */
    static boolean blocks(SentenceReading reading, String imposer, SanctionCues.Cue cue) {
        return reading.states().stream()
                .filter(s -> s.code().equals(imposer) && s.end() <= cue.start())
                .anyMatch(s -> BLOCKING.matcher(reading.lower().substring(s.end(), cue.start()))
                        .find());
    }

    /** An organisation's sanctions a member holds up are still a proposal. */
    static boolean heldUp(SentenceReading reading, String imposer) {
        return vetoed(reading) && Memberships.isOrganisation(imposer);
    }

    /** Whether the sentence has a member holding sanctions up, not one that gave up doing so. */
    static boolean vetoed(SentenceReading reading) {
        String lower = reading.lower();
        Matcher veto = VETO.matcher(lower);
        while (veto.find()) {
            if (!VETO_DROPPED
                    .matcher(lower.substring(Math.max(0, veto.start() - 30), veto.start()))
                    .find()) {
                return true;
            }
        }
        return false;
    }
}
