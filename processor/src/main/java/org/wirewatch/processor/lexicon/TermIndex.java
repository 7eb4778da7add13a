package org.wirewatch.processor.lexicon;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ahocorasick.trie.PayloadEmit;
import org.ahocorasick.trie.PayloadTrie;

/**
 * Finds many terms in a text in one pass (Aho-Corasick), whole words only, longest match first,
 * without overlaps. Names are matched as written ("Georgia", "U.S."); generic words ignoring case.
 * Case is folded here, one char for one char, rather than by the library, so that match offsets
 * are always offsets into the original text. Immutable and thread-safe once built.
 *
 * @param <T> what a term stands for; one term may stand for several values (e.g. "Congo")
 */
public final class TermIndex<T> {

    /** A term found at {@code [start, end)} of the text, with every value it stands for. */
    public record Match<T>(int start, int end, String surface, List<T> values) {}

    private final PayloadTrie<List<T>> exact;
    private final PayloadTrie<List<T>> folded;

    private TermIndex(PayloadTrie<List<T>> exact, PayloadTrie<List<T>> folded) {
        this.exact = exact;
        this.folded = folded;
    }

    public static <T> Builder<T> builder() {
        return new Builder<>();
    }

    public List<Match<T>> find(String text) {
        List<Match<T>> all = new ArrayList<>();
        collect(exact.parseText(text), text, all);
        collect(folded.parseText(fold(text)), text, all);
        all.sort(Comparator.<Match<T>>comparingInt(Match::start).thenComparing(m -> -(m.end() - m.start())));
        List<Match<T>> kept = new ArrayList<>();
        int reached = 0;
        for (Match<T> match : all) {
            if (match.start() >= reached) {
                kept.add(match);
                reached = match.end();
            }
        }
        return kept;
    }

    /** True if any term occurs: the cheap relevance test before a story is read in full. */
    public boolean occursIn(String text) {
        return exact.containsMatch(text) || folded.containsMatch(fold(text));
    }

    private static <T> void collect(Iterable<PayloadEmit<List<T>>> emits, String text, List<Match<T>> into) {
        for (PayloadEmit<List<T>> emit : emits) {
            int end = emit.getEnd() + 1;
            into.add(new Match<>(emit.getStart(), end, text.substring(emit.getStart(), end), emit.getPayload()));
        }
    }

    /** Lower-cases char by char, so the folded text has the original's length and offsets. */
    public static String fold(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = Character.toLowerCase(chars[i]);
        }
        return new String(chars);
    }

    public static final class Builder<T> {

        private final Map<String, List<T>> exactTerms = new LinkedHashMap<>();
        private final Map<String, List<T>> foldedTerms = new LinkedHashMap<>();

        private Builder() {}

        /** A name, matched as written. */
        public Builder<T> name(String term, T value) {
            return add(exactTerms, term, value);
        }

        /** A word or phrase, matched whatever its case. */
        public Builder<T> word(String term, T value) {
            return add(foldedTerms, fold(term), value);
        }

        private Builder<T> add(Map<String, List<T>> terms, String term, T value) {
            if (term.isBlank()) {
                throw new IllegalArgumentException("blank term for " + value);
            }
            List<T> values = terms.computeIfAbsent(term.strip(), k -> new ArrayList<>());
            if (!values.contains(value)) {
                values.add(value);
            }
            return this;
        }

        public TermIndex<T> build() {
            return new TermIndex<>(trie(exactTerms), trie(foldedTerms));
        }

        private static <T> PayloadTrie<List<T>> trie(Map<String, List<T>> terms) {
            PayloadTrie.PayloadTrieBuilder<List<T>> trie =
                    PayloadTrie.<List<T>>builder().onlyWholeWords().removeOverlaps();
            terms.forEach((term, values) -> trie.addKeyword(term, List.copyOf(values)));
            return trie.build();
        }
    }
}
