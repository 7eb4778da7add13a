package org.wirewatch.processor.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
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

    /** For each pattern, the ASCII characters a match can start with: a word start elsewhere is skipped. */
    private static final Map<Pattern, boolean[]> OPENERS = new ConcurrentHashMap<>();

    private WordStarts() {}

    /** Every non-overlapping match of {@code pattern} starting at a word start, left to right. */
    public static List<MatchResult> matches(Pattern pattern, String text) {
        List<MatchResult> found = new ArrayList<>();
        boolean[] openers = openers(pattern);
        Matcher m = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        int reached = 0;
        for (int i = 0; i < text.length(); i++) {
            if (i < reached || !startsWord(text, i) || !mayOpen(openers, text.charAt(i))) {
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
        boolean[] openers = openers(pattern);
        Matcher m = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        for (int i = Math.max(0, from); i < text.length(); i++) {
            if (startsWord(text, i) && mayOpen(openers, text.charAt(i))) {
                m.region(i, text.length());
                if (m.lookingAt()) {
                    return java.util.Optional.of(m.toMatchResult());
                }
            }
        }
        return java.util.Optional.empty();
    }

    private static boolean mayOpen(boolean[] openers, char c) {
        return c >= openers.length || openers[c];
    }

    private static boolean[] openers(Pattern pattern) {
        return OPENERS.computeIfAbsent(pattern, WordStarts::probeOpeners);
    }

    /**
     * A character opens no match when the matcher, given that character alone, fails without asking
     * for more input. A positive look-behind cannot be probed that way, so the character after each
     * one is taken as a possible opener too.
     */
    private static boolean[] probeOpeners(Pattern pattern) {
        boolean[] openers = new boolean[128];
        for (char c = 0; c < openers.length; c++) {
            Matcher m = pattern.matcher(String.valueOf(c));
            openers[c] = m.lookingAt() || m.hitEnd();
        }
        String source = pattern.pattern();
        for (int at = source.indexOf("(?<="); at >= 0; at = source.indexOf("(?<=", at + 1)) {
            int close = closingParen(source, at);
            if (close + 1 < source.length() && source.charAt(close + 1) < openers.length) {
                char next = source.charAt(close + 1);
                openers[next] = true;
                openers[Character.toUpperCase(next)] = true;
            }
        }
        return openers;
    }

    static int closingParen(String source, int open) {
        int depth = 0;
        for (int i = open; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
        }
        return source.length();
    }

    static boolean startsWord(String text, int i) {
        return isWord(text.charAt(i)) && (i == 0 || !isWord(text.charAt(i - 1)));
    }

    private static boolean isWord(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }
}
