package org.wirewatch.processor.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.wirewatch.processor.text.Alternatives;

/**
 * A transfer only asked for: "Zelenskiy urged Seoul to send air defence systems", "Warsaw asked that
 * the United States provide it with aircraft", "Kuleba pressed Western capitals for combat aircraft".
 * The asking state lobbies; nothing is sent, pledged or refused until the asked state answers, so the
 * request alone is neither a mention nor a stance.
 */
final class RequestedTransfers {

    /** Words of asking, then whom and what: a transfer verb in the request's complement. */
    private static final Pattern ASKED = Alternatives.pattern("\\b(?:urg(?:e|es|ed|ing)|ask(?:s|ed|ing)?"
            + "|call(?:s|ed|ing)? on|appeal(?:s|ed|ing)? to|implor(?:e|es|ed|ing)|beg(?:s|ged|ging)?"
            + "|press(?:es|ed|ing)?|push(?:es|ed|ing)?|lobb(?:y|ies|ied|ying))\\s+"
            + "(?:that\\s+(?:[\\w'.-]+\\s+){1,4}?(?:should\\s+)?|(?:[\\w'.-]+\\s+){1,4}?to\\s+(?:quickly\\s+|urgently\\s+)?)"
            + "(?:send|provide|supply|deliver|give|hand|transfer|sell|ship|donate)\\b"
            + "|\\b(?:press(?:es|ed|ing)?|push(?:es|ed|ing)?|lobb(?:y|ies|ied|ying))\\s+(?:[\\w'.-]+\\s+){1,4}?for\\b");

    /** How far before the weapon the request may start. */
    private static final int REACH = 120;

    private RequestedTransfers() {}

    /** Whether the weapon at {@code weapon} is only asked for, in the clause that names it. */
    static boolean asked(SentenceReading reading, WeaponTerm weapon) {
        Matcher request = ASKED.matcher(reading.lower()).region(Math.max(0, weapon.start() - REACH), weapon.start());
        while (request.find()) {
            if (Clauses.same(reading, request.start(), weapon.start())) {
                return true;
            }
        }
        return false;
    }
}
