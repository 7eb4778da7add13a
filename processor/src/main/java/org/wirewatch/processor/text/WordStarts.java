package org.wirewatch.processor.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Matches of a pattern that may only begin where a word begins. A pattern of many alternatives
 * written as {@code \b(?:…)} makes the JDK matcher test the boundary and try every alternative at
 * every character; trying them only at the few word starts gives the same matches several times
 * faster. Word characters are letters, digits and the underscore, as for {@code \b}.
 */
public final class WordStarts {

    private WordStarts() {}

    /** Every non-overlapping match of {@code pattern} starting at a word start, left to right. */
    public static List<MatchResult> matches(Pattern pattern, String text) {
        List<MatchResult> found = new ArrayList<>();
        Matcher m = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        int reached = 0;
        for (int i = 0; i < text.length(); i++) {
            if (i < reached || !startsWord(text, i)) {
                continue;
            }
            m.region(i, text.length());
            if (m.lookingAt()) {
                found.add(m.toMatchResult());
                reached = Math.max(m.end(), i + 1);
            }
        }
        return found;
    }

    /** The first match of {@code pattern} starting at a word start at or after {@code from}. */
    public static java.util.Optional<MatchResult> first(Pattern pattern, String text, int from) {
        Matcher m = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        for (int i = Math.max(0, from); i < text.length(); i++) {
            if (startsWord(text, i)) {
                m.region(i, text.length());
                if (m.lookingAt()) {
                    return java.util.Optional.of(m.toMatchResult());
                }
            }
        }
        return java.util.Optional.empty();
    }

    private static boolean startsWord(String text, int i) {
        return isWord(text.charAt(i)) && (i == 0 || !isWord(text.charAt(i - 1)));
    }

    private static boolean isWord(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }
}
