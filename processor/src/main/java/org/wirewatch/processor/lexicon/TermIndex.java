package org.wirewatch.processor.lexicon;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds many terms in a text in one pass over a {@link TermTrie}, whole words only, longest match
 * first, without overlaps. Names are matched as written ("Georgia", "U.S."); generic words ignoring case.
 * Case is folded here, one char for one char, rather than by the library, so that match offsets
 * are always offsets into the original text. Immutable and thread-safe once built.
 *
 * @param <T> what a term stands for; one term may stand for several values (e.g. "Congo")
 */
public final class TermIndex<T> {

    /** A term found at {@code [start, end)} of the text, with every value it stands for. */
    public record Match<T>(int start, int end, String surface, List<T> values) {}

    private final TermTrie<List<T>> exact;
    private final TermTrie<List<T>> folded;

    private TermIndex(TermTrie<List<T>> exact, TermTrie<List<T>> folded) {
        this.exact = exact;
        this.folded = folded;
    }

    public static <T> Builder<T> builder() {
        return new Builder<>();
    }

    public List<Match<T>> find(String text) {
        List<Match<T>> all = new ArrayList<>();
        collect(exact.find(text), text, all);
        collect(folded.find(fold(text)), text, all);
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

    /**
     * The hits of one trie without overlaps, the longest kept first and, of equal length, the
     * leftmost: "North Korea" wins over "Korea", "South Korean" over "Korean".
     */
    private static <T> void collect(List<TermTrie.Hit<List<T>>> hits, String text, List<Match<T>> into) {
        List<TermTrie.Hit<List<T>>> bySize = new ArrayList<>(hits);
        bySize.sort(Comparator.<TermTrie.Hit<List<T>>>comparingInt(h -> h.start() - h.end())
                .thenComparingInt(TermTrie.Hit::start));
        BitSet covered = new BitSet(text.length());
        for (TermTrie.Hit<List<T>> hit : bySize) {
            int next = covered.nextSetBit(hit.start());
            if (next < 0 || next >= hit.end()) {
                covered.set(hit.start(), hit.end());
                into.add(new Match<>(hit.start(), hit.end(), text.substring(hit.start(), hit.end()), hit.value()));
            }
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

        private static <T> TermTrie<List<T>> trie(Map<String, List<T>> terms) {
            Map<String, List<T>> frozen = new LinkedHashMap<>();
            terms.forEach((term, values) -> frozen.put(term, List.copyOf(values)));
            return TermTrie.of(frozen);
        }
    }
}
