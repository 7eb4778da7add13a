package org.wirewatch.processor.extract;

import java.util.regex.Pattern;
import org.wirewatch.model.SanctionAction;
import org.wirewatch.processor.text.Alternatives;

/**
 * Wording that turns an action round. A relief that is withdrawn or left to lapse ("will not
 * renew the licence easing sanctions", "revoked the waiver") brings the sanctions back; a lifting,
 * easing or renewal that is refused ("will not lift the sanctions", "will not wave through the
 * renewal") leaves them as they are: in force.
 */
final class SanctionReversals {

    /** How far before its action word a negation may stand ("will not simply wave through the renewal"). */
    private static final int NEGATION_REACH = 32;

    /**
     * "Against" denies only the action word it governs ("voted against the renewal"), not one that
     * follows the sanctions' target ("measures against Mali for a further year").
     */
    private static final Pattern NEGATION = Alternatives.pattern(
            "\\b(?:not|never|no longer|refus\\w* to|declin\\w* to|reject\\w*|against(?= (?:the |its |an? )?$))\\b|n't\\b");

    private static final Pattern CLAUSE_BREAK = Alternatives.pattern("[,;:]|\\b(?:but|and|which|that)\\b");

    /** A relief on sanctions withdrawn, refused renewal, or left to lapse. */
    private static final Pattern RELIEF_WITHDRAWN = Alternatives.pattern(
            "\\b(?:(?:not|n't|never|no longer) (?:\\w+ ){0,2}?(?:renew|extend|prolong|roll over)\\w*"
                    + "|(?:revok|rescind|terminat|cancel|withdr[ae]w|scrap)\\w*|let)"
                    + " (?:[\\w-]+ ){0,4}?(?:licen[cs]es?|waivers?|exemptions?|relief)\\b"
                    + "|\\b(?:licen[cs]es?|waivers?|exemptions?)(?: \\w+){0,3}? (?:lapse|expire)\\b");

    /**
     * A withdrawal held out, not decided: "will not renew the licence" announces a decision (the
     * sanctions return), "would not renew it unless …" or "warned it would not renew it" threatens.
     */
    private static final Pattern FUTURE = Alternatives.pattern("\\b(?:unless|if|threaten\\w*|warn\\w*)\\b");

    private SanctionReversals() {}

    /**
     * The action once reversals are read: {@code found} (the wording at {@code at}) as is, else
     * what its reversal means for the sanction at the cue, reading {@code [from, to)}: the relief
     * may be withdrawn before the cue or after it ("under sanctions again after Washington let the
     * waiver lapse").
     */
    static SanctionAction read(String lower, SanctionAction found, int at, int from, int to) {
        if (found == SanctionAction.EASED
                && RELIEF_WITHDRAWN.matcher(lower).region(from, to).find()) {
            boolean ahead = FUTURE.matcher(lower).region(from, lower.length()).find();
            return ahead ? SanctionAction.THREATENED : SanctionAction.IMPOSED;
        }
        boolean reversible =
                found == SanctionAction.EASED || found == SanctionAction.LIFTED || found == SanctionAction.EXTENDED;
        return reversible && negated(lower, at, from) ? SanctionAction.IMPOSED : found;
    }

    /** Whether the action word at {@code at} is denied in its own clause. */
    static boolean negated(String lower, int at, int from) {
        int start = Math.max(from, at - NEGATION_REACH);
        String lead = lower.substring(start, at);
        var negation = NEGATION.matcher(lead);
        int last = -1;
        while (negation.find()) {
            last = negation.end();
        }
        return last >= 0 && !CLAUSE_BREAK.matcher(lead.substring(last)).find();
    }
}
