package org.wirewatch.processor.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.wirewatch.processor.text.Alternatives;

/**
 * Coordinated clauses of a sentence, so that each weapon gets the modality of its own clause:
 * "Germany has already handed Ukraine Gepard guns, and has promised to deliver IRIS-T" reports the
 * first and plans the second. A stance word earlier in the sentence governs the clauses after it
 * ("denied sending drones, and missiles"), never those before.
 */
final class Clauses {

    /** How long before or after: "days", "only weeks", "a few hours". */
    private static final String SPAN =
            "(?:only |just )?(?:a |a few |two |three |several )?(?:hours?|days?|weeks?|months?|years?)";

    /** A clause that sets the scene in time: "…, days after Western allies agreed to send tanks". */
    private static final String SCENE_OPENING = ", (?:" + SPAN + " )?(?:after|before|since) ";

    private static final Pattern SCENE = Alternatives.pattern(SCENE_OPENING);

    private static final Pattern BOUNDARY = Alternatives.pattern(";|, (?:and|but|while|whereas|which) |" + SCENE_OPENING
            // "…, an accusation Moscow rejected": the answer to a claim is a clause of its own
            + "|, (?:an? |the )?(?:accusation|allegation|claim|charge)s? (?=(?:that |which )?[\\w ]{0,40}?(?:rejected|denied|dismissed|disputed)\\b)"
            + "|\\band (?=(?:accused|said|added|warned|called|urged|insisted)\\b)"
            + "|\\b(?:and|but) (?=(?:has|have|had|is|are|was|were|will|would)\\b)");

    private Clauses() {}

    /** Whether {@code position} lies in a clause that only says what happened around the news. */
    static boolean scene(SentenceReading reading, int position) {
        Matcher m = BOUNDARY.matcher(reading.lower());
        int start = 0;
        int boundaryStart = -1;
        while (m.find() && m.end() <= position) {
            start = m.end();
            boundaryStart = m.start();
        }
        return boundaryStart >= 0
                && SCENE.matcher(reading.lower()).region(boundaryStart, start).lookingAt();
    }

    /** A condition opening the clause ("if", "unless", "in case"), or a transfer supposed ("any supply of"). */
    private static final Pattern CONDITION = Alternatives.pattern(
            "\\b(?:if|unless|in case|even if)\\b[^,;]*$"
                    // "any supply of weapons would mean …": a transfer that may come, not one claimed
                    + "|\\bany (?:\\w+ )?(?:suppl(?:y|ies)|deliver(?:y|ies)|transfers?|shipments?|sales?) of (?:[\\w-]+ ){0,2}$");

    /**
     * Whether {@code position} lies in a condition ("said that if the United States supplied the tanks
     * …", "any supply of weapons by Seoul would …"): what it names is supposed, not claimed.
     */
    static boolean hypothetical(SentenceReading reading, int position) {
        int from = Math.max(0, reading.lower().lastIndexOf(", ", position));
        if (CONDITION.matcher(reading.lower()).region(from, position).find()) {
            return true;
        }
        // the weapon may come before the transfer word: "any arms transfer from the DPRK would …"
        Matcher supposed =
                SUPPOSED.matcher(reading.lower()).region(from, reading.lower().length());
        return supposed.find() && supposed.start() <= position && supposed.end() >= position;
    }

    /** "any arms transfer", "any weapons deliveries": a transfer supposed, named around its weapon. */
    private static final Pattern SUPPOSED = Alternatives.pattern(
            "\\bany (?:[\\w-]+ ){1,2}?(?:suppl(?:y|ies)|deliver(?:y|ies)|transfers?|shipments?|sales?)\\b"
                    // "supplying weapons to Kyiv would make Seoul a party": the act as a supposition
                    + "|\\b(?:supplying|sending|delivering|providing|giving|shipping) (?:[\\w'-]+ ){1,5}?(?:would|could)"
                    + " (?!not\\b|never\\b)");

    /** Whether two positions of the sentence lie in the same coordinated clause. */
    static boolean same(SentenceReading reading, int a, int b) {
        Matcher m = BOUNDARY.matcher(reading.lower());
        while (m.find()) {
            if ((m.end() <= a) != (m.end() <= b)) {
                return false;
            }
        }
        return true;
    }

    /** The claim governing the clause around {@code position} of the lower-cased sentence. */
    static ClaimKind claimAt(SentenceReading reading, int position) {
        String lower = reading.lower();
        int start = 0;
        int end = lower.length();
        Matcher m = BOUNDARY.matcher(lower);
        while (m.find()) {
            if (m.end() <= position) {
                start = m.end();
            } else {
                end = m.start();
                break;
            }
        }
        ClaimCues.Claim own = ClaimCues.find(reading.cues(), start, end);
        if (own.kind() != ClaimKind.ASSERTION) {
            return own.kind();
        }
        ClaimCues.Claim earlier = ClaimCues.find(reading.cues(), 0, start);
        return earlier.kind();
    }
}
