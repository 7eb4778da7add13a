package org.wirewatch.processor.text;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Several wordings, each a regular expression of many alternatives, found in one pass at word
 * starts. A pattern of many alternatives written as {@code \b(?:…)} makes the JDK matcher test
 * the boundary and try every alternative at every character. Here, at each word start, only the
 * alternatives that can begin with its first two characters are tried: one pattern per pair of
 * characters, built when the pair is first seen, each keeping the wordings in their given order,
 * so the matches are the ones {@code \b(?:(w0)|(w1)|…)} would give.
 */
public final class Alternatives {

    /** A wording found: which one (its index), where it starts and where it ends. */
    public record Found(int wording, int start, int end) {}

    /** The alternatives that may start with one prefix, each wording a group ({@code groups[w]}, 0: none). */
    private record Dispatch(Pattern pattern, int[] groups) {}

    /** One top-level alternative of one wording. */
    private record Branch(int wording, Pattern pattern) {}

    private static final int ASCII = 128;

    private final int wordings;
    /** The alternatives that may start with each ASCII character, in the wordings' order. */
    private final List<List<Branch>> byFirst = new ArrayList<>(ASCII);
    /** By first and second character; a second character outside ASCII counts as 0, "unknown". */
    private final AtomicReferenceArray<Dispatch> byPrefix = new AtomicReferenceArray<>(ASCII * ASCII);
    /** Many prefixes open the same alternatives: each set is compiled once. */
    private final Map<List<Branch>, Dispatch> bySet = new ConcurrentHashMap<>();

    private final Dispatch all;

    public Alternatives(List<String> wordings) {
        this.wordings = wordings.size();
        List<Branch> branches = new ArrayList<>();
        for (int w = 0; w < wordings.size(); w++) {
            for (String alternative : topLevel(wordings.get(w))) {
                branches.add(new Branch(w, Pattern.compile(alternative)));
            }
        }
        for (char c = 0; c < ASCII; c++) {
            String prefix = String.valueOf(c);
            byFirst.add(branches.stream().filter(b -> mayStartWith(b, prefix)).toList());
        }
        all = dispatch(branches);
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

    /**
     * A pattern of wordings each written {@code \bwording}, compiled with the boundary in front of
     * them all: {@code \b(?:w1|w2|…)} finds the same matches, but the JDK matcher then tests the
     * boundary once per position rather than once per wording, and tries no wording inside a word.
     */
    public static Pattern pattern(String regex) {
        return pattern(regex, 0);
    }

    /** {@link #pattern(String)} with {@link Pattern} flags. */
    public static Pattern pattern(String regex, int flags) {
        return Pattern.compile(hoisted(regex), flags);
    }

    /**
     * {@code \ba|\bb} as {@code \b(?:a|b)}; also {@code \b(?:\ba|\bb)}, where the inner boundaries
     * repeat the outer one. Anything else as it is.
     */
    private static String hoisted(String regex) {
        List<String> wordings = topLevel(regex);
        String group = "\\b(?:";
        if (wordings.size() == 1
                && regex.startsWith(group)
                && closingParen(regex, group.length() - 3) == regex.length() - 1) {
            String inner = regex.substring(group.length(), regex.length() - 1);
            String hoisted = hoisted(inner);
            return hoisted.equals(inner) ? regex : hoisted;
        }
        if (wordings.size() < 2 || !wordings.stream().allMatch(w -> w.startsWith("\\b"))) {
            return regex;
        }
        return group + wordings.stream().map(w -> w.substring(2)).collect(Collectors.joining("|")) + ")";
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
        Map<Dispatch, Matcher> matchers = new IdentityHashMap<>(); // one per prefix seen in this text
        int reached = Math.max(0, from);
        for (int i = reached; i < text.length(); i++) {
            if (i < reached || !startsWord(text, i)) {
                continue;
            }
            Dispatch dispatch = dispatchAt(text, i);
            if (dispatch.pattern() == null) {
                continue;
            }
            Matcher m = matchers.computeIfAbsent(
                    dispatch,
                    d -> d.pattern().matcher(text).useTransparentBounds(true).useAnchoringBounds(false));
            m.region(i, text.length());
            if (m.lookingAt()) {
                found.add(new Found(wordingOf(m, dispatch.groups()), i, m.end()));
                if (firstOnly) {
                    return found;
                }
                reached = Math.max(m.end(), i + 1);
            }
        }
        return found;
    }

    /** The alternatives that may start at {@code i}, by the one or two characters there. */
    private Dispatch dispatchAt(String text, int i) {
        char first = text.charAt(i);
        if (first >= ASCII) {
            return all;
        }
        char second = i + 1 < text.length() ? text.charAt(i + 1) : 0;
        if (second >= ASCII) {
            second = 0;
        }
        int slot = first * ASCII + second;
        Dispatch dispatch = byPrefix.get(slot);
        if (dispatch == null) { // two threads may both fill the slot: with the same value
            String prefix = "" + first + second;
            List<Branch> open = second == 0
                    ? byFirst.get(first)
                    : byFirst.get(first).stream()
                            .filter(b -> mayStartWith(b, prefix))
                            .toList();
            dispatch = bySet.computeIfAbsent(open, this::dispatch);
            byPrefix.set(slot, dispatch);
        }
        return dispatch;
    }

    private static int wordingOf(MatchResult m, int[] groups) {
        for (int w = 0; w < groups.length; w++) {
            if (groups[w] > 0 && m.start(groups[w]) >= 0) {
                return w;
            }
        }
        throw new IllegalStateException("a match of no wording");
    }

    /** The pattern of some alternatives, each wording a group; no pattern when there are none. */
    private Dispatch dispatch(List<Branch> open) {
        StringBuilder pattern = new StringBuilder();
        int[] groups = new int[wordings];
        int group = 1;
        for (int w = 0; w < wordings; w++) {
            int wording = w;
            List<Pattern> mine = open.stream()
                    .filter(b -> b.wording() == wording)
                    .map(Branch::pattern)
                    .toList();
            if (mine.isEmpty()) {
                continue;
            }
            pattern.append(pattern.isEmpty() ? "" : "|").append('(');
            pattern.append(mine.stream().map(Pattern::pattern).collect(Collectors.joining("|")));
            pattern.append(')');
            groups[w] = group;
            group += 1 + mine.stream().mapToInt(p -> p.matcher("").groupCount()).sum();
        }
        return new Dispatch(pattern.isEmpty() ? null : Pattern.compile("(?:" + pattern + ")"), groups);
    }

    /** Whether some text starting with {@code prefix} may match: the matcher fails on it without needing more. */
    private static boolean mayStartWith(Branch branch, String prefix) {
        if (branch.pattern().pattern().startsWith("(?<=")) {
            return true; // a look-behind cannot be probed on the prefix alone
        }
        Matcher m = branch.pattern().matcher(prefix);
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
