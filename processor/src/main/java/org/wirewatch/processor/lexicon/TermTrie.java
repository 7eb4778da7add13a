package org.wirewatch.processor.lexicon;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Terms found as whole words, exactly as written. A whole word cannot start right after a letter,
 * so instead of following Aho-Corasick failure links through every character, the trie is walked
 * from each position no letter precedes; most walks end after a character or two. Transitions are
 * sorted character arrays, searched without boxing. Immutable once built, so shared by threads.
 *
 * @param <V> what a term stands for
 */
final class TermTrie<V> {

    /** A term found at {@code [start, end)}. */
    record Hit<V>(int start, int end, V value) {}

    private static final class Node<V> {
        private final char[] keys;
        private final Node<V>[] children;
        private final V value;

        private Node(char[] keys, Node<V>[] children, V value) {
            this.keys = keys;
            this.children = children;
            this.value = value;
        }

        private Node<V> next(char c) {
            int at = keys.length < 8 ? linear(c) : Arrays.binarySearch(keys, c);
            return at < 0 ? null : children[at];
        }

        private int linear(char c) {
            for (int i = 0; i < keys.length; i++) {
                if (keys[i] == c) {
                    return i;
                }
            }
            return -1;
        }
    }

    private final Node<V> root;

    private TermTrie(Node<V> root) {
        this.root = root;
    }

    /** A trie of the given terms; a term must not be empty. */
    static <V> TermTrie<V> of(Map<String, V> terms) {
        Draft<V> root = new Draft<>();
        terms.forEach((term, value) -> {
            if (term.isEmpty()) {
                throw new IllegalArgumentException("empty term for " + value);
            }
            Draft<V> node = root;
            for (int i = 0; i < term.length(); i++) {
                node = node.children.computeIfAbsent(term.charAt(i), c -> new Draft<>());
            }
            node.value = value;
        });
        return new TermTrie<>(root.freeze());
    }

    /** Every whole-word occurrence of every term, nested and overlapping ones included, by start. */
    List<Hit<V>> find(String text) {
        List<Hit<V>> hits = new ArrayList<>();
        for (int start = 0; start < text.length(); start++) {
            if (startsWord(text, start)) {
                walk(text, start, hits);
            }
        }
        return hits;
    }

    private void walk(String text, int start, List<Hit<V>> hits) {
        Node<V> node = root;
        for (int i = start; i < text.length(); i++) {
            node = node.next(text.charAt(i));
            if (node == null) {
                return;
            }
            if (node.value != null && (i + 1 == text.length() || !isLetter(text.charAt(i + 1)))) {
                hits.add(new Hit<>(start, i + 1, node.value));
            }
        }
    }

    private static boolean startsWord(String text, int i) {
        return i == 0 || !isLetter(text.charAt(i - 1));
    }

    /** {@link Character#isAlphabetic}, answered without a table lookup for ASCII, most of any text. */
    private static boolean isLetter(char c) {
        if (c < 128) {
            char lower = (char) (c | 0x20);
            return lower >= 'a' && lower <= 'z';
        }
        return Character.isAlphabetic(c);
    }

    /** A node while terms are added. */
    private static final class Draft<V> {
        private final TreeMap<Character, Draft<V>> children = new TreeMap<>();
        private V value;

        @SuppressWarnings("unchecked")
        private Node<V> freeze() {
            char[] keys = new char[children.size()];
            Node<V>[] frozen = new Node[children.size()];
            int i = 0;
            for (Map.Entry<Character, Draft<V>> child : children.entrySet()) {
                keys[i] = child.getKey();
                frozen[i++] = child.getValue().freeze();
            }
            return new Node<>(keys, frozen, value);
        }
    }
}
