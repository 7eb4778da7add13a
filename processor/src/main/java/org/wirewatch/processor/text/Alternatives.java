package org.wirewatch.processor.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Several wordings, each a regular expression of many alternatives, found in one pass at word
 * starts. A pattern of many alternatives written as {@code \b(?:…)} makes the JDK matcher test the
 * boundary and try every alternative at every character. At each word start only the alternatives that can begin with its first character are
 * tried: one pattern per character, built once, each keeping the wordings in their given order, so
 * the matches are the ones {@code \b(?:(w0)|(w1)|…)} would give, found without trying every
 * alternative of every wording at every word.
 */
public final class Alternatives {

    /** A wording found: which one (its index), where it starts and where it ends. */
    public record Found(int wording, int start, int end) {}

    private static final int ASCII = 128;

    private final Pattern[] byChar = new Pattern[ASCII];
    private final int[][] groupsByChar = new int[ASCII][];
    private final Pattern all;
    private final int[] allGroups;

    public Alternatives(List<String> wordings) {
        List<List<String>> branches =
                wordings.stream().map(Alternatives::topLevel).toList();
        for (char c = 0; c < ASCII; c++) {
            int[] groups = new int[wordings.size()];
            String pattern = join(branches, c, groups);
            byChar[c] = pattern == null ? null : Pattern.compile(pattern);
            groupsByChar[c] = groups;
        }
        allGroups = new int[wordings.size()];
        all = Pattern.compile(join(branches, (char) -1, allGroups));
    }

    /**
     * A single wording of many alternatives. Written as {@code \b(?:a|b|…)\b}, it is taken apart so
     * that each alternative is tried only where its first letter stands.
     */
    public static Alternatives of(Pattern wording) {
        String source = wording.pattern();
        String open = "\\b(?:";
        String close = ")\\b";
        boolean wrapped = source.startsWith(open)
                && source.endsWith(close)
                && closingParen(source, 2) == source.length() - close.length();
        if (!wrapped) {
            return new Alternatives(List.of(source));
        }
        String inner = source.substring(open.length(), source.length() - close.length());
        return new Alternatives(List.of(String.join(
                "|",
                topLevel(inner).stream()
                        .map(alternative -> "(?:" + alternative + ")\\b")
                        .toList())));
    }

    /** The first wording starting at a word start at or after {@code from}. */
    public java.util.Optional<Found> first(String text, int from) {
        return scan(text, from, true).stream().findFirst();
    }

    /** Every non-overlapping wording starting at a word start, left to right. */
    public List<Found> in(String text) {
        return scan(text, 0, false);
    }

    /** Every non-overlapping wording starting at a word start at or after {@code from}. */
    public List<Found> in(String text, int from) {
        return scan(text, from, false);
    }

    private List<Found> scan(String text, int from, boolean firstOnly) {
        List<Found> found = new ArrayList<>();
        Matcher[] matchers = new Matcher[ASCII + 1]; // one per starting character, made when first needed
        int reached = Math.max(0, from);
        for (int i = reached; i < text.length(); i++) {
            if (i < reached || !startsWord(text, i)) {
                continue;
            }
            char c = text.charAt(i);
            int slot = Math.min(c, ASCII);
            Pattern pattern = c < ASCII ? byChar[c] : all;
            if (pattern == null) {
                continue;
            }
            if (matchers[slot] == null) {
                matchers[slot] =
                        pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
            }
            Matcher m = matchers[slot];
            m.region(i, text.length());
            if (m.lookingAt()) {
                found.add(new Found(wordingOf(m, c < ASCII ? groupsByChar[c] : allGroups), i, m.end()));
                if (firstOnly) {
                    return found;
                }
                reached = Math.max(m.end(), i + 1);
            }
        }
        return found;
    }

    private static int wordingOf(MatchResult m, int[] groups) {
        for (int w = 0; w < groups.length; w++) {
            if (groups[w] > 0 && m.start(groups[w]) >= 0) {
                return w;
            }
        }
        throw new IllegalStateException("a match of no wording");
    }

    /**
     * The pattern of the alternatives that may start with {@code c} (every one when {@code c} is
     * not ASCII), each wording a group, numbered into {@code groups} (0: the wording has none); null
     * when no alternative may start with {@code c}.
     */
    private static String join(List<List<String>> branches, char c, int[] groups) {
        StringBuilder pattern = new StringBuilder();
        int group = 1;
        for (int w = 0; w < branches.size(); w++) {
            List<String> open = branches.get(w).stream()
                    .filter(alternative -> c >= ASCII || mayStartWith(alternative, c))
                    .toList();
            if (open.isEmpty()) {
                continue;
            }
            String wording = String.join("|", open);
            pattern.append(pattern.isEmpty() ? "" : "|")
                    .append('(')
                    .append(wording)
                    .append(')');
            groups[w] = group;
            group += 1 + Pattern.compile(wording).matcher("").groupCount();
        }
        return pattern.isEmpty() ? null : "(?:" + pattern + ")";
    }

    /** Whether some text starting with {@code c} may match: the matcher fails on {@code c} without needing more. */
    private static boolean mayStartWith(String alternative, char c) {
        if (alternative.startsWith("(?<=")) {
            return true; // a look-behind cannot be probed on one character
        }
        Matcher m = Pattern.compile(alternative).matcher(String.valueOf(c));
        return m.lookingAt() || m.hitEnd();
    }

    /** The top-level alternatives of a regular expression, split where no group or class is open. */
    static List<String> topLevel(String regex) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        boolean inClass = false;
        int start = 0;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (inClass) {
                inClass = c != ']';
            } else if (c == '[') {
                inClass = true;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '|' && depth == 0) {
                parts.add(regex.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(regex.substring(start));
        return parts;
    }

    /** Where the group opened at {@code open} closes in a regular expression's source. */
    private static int closingParen(String source, int open) {
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

    /** A word starts at {@code i}, as for {@code \b}: letters, digits and the underscore. */
    private static boolean startsWord(String text, int i) {
        return isWord(text.charAt(i)) && (i == 0 || !isWord(text.charAt(i - 1)));
    }

    private static boolean isWord(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }
}
