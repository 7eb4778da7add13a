package org.wirewatch.processor.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Coordinated clauses of a sentence, so that each weapon gets the modality of its own clause:
 * "Germany has already handed Ukraine Gepard guns, and has promised to deliver IRIS-T" reports the
 * first and plans the second. A stance word earlier in the sentence governs the clauses after it
 * ("denied sending drones, and missiles"), never those before.
 */
final class Clauses {

    private static final Pattern BOUNDARY = Pattern.compile(
            ";|, (?:and|but|while|whereas|which) |\\band (?=(?:accused|said|added|warned|called|urged|insisted)\\b)|\\b(?:and|but) (?=(?:has|have|had|is|are|was|were|will|would)\\b)");

    private Clauses() {}

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
