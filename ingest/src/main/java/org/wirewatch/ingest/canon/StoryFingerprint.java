package org.wirewatch.ingest.canon;

import java.security.SecureRandom;
import org.wirewatch.model.Story;

/**
 * What the edge compares stories by, read in one pass over the text with no regular expression
 * and no buffer the size of the text.
 *
 * @param content hash of the normalized headline and body (lower-cased, runs of white space made
 *     one space, trimmed): equal for the same text however it was spaced or capitalised
 * @param simHash 64-bit SimHash of the body's word shingles: each bit is set when most shingles'
 *     hashes have it set, so bodies sharing most shingles differ in few bits. Words are runs of
 *     letters and digits, lower-cased; punctuation and the headline do not count
 * @param shingles how many shingles the SimHash summarises: few make it meaningless
 */
record StoryFingerprint(long content, long simHash, int shingles) {

    /** Words per shingle: three keep word order without letting one changed word weigh much. */
    static final int SHINGLE_WORDS = 3;

    /**
     * Per process and unknown outside it, so that nobody can craft a story whose content hash
     * equals another's and have it dropped. The hash is not cryptographic; the seed is the defence.
     */
    private static final long CONTENT_SEED = new SecureRandom().nextLong();
    /** Fixed, so that a story's SimHash is the same in every process and every test run. */
    private static final long WORD_SEED = 0x5DEECE66DL;

    private static final long HEADLINE_END = -1L;
    private static final long SHINGLE_1 = 0x9E3779B97F4A7C15L;
    private static final long SHINGLE_2 = 0xC2B2AE3D27D4EB4FL;

    static StoryFingerprint of(Story story) {
        Scan scan = new Scan();
        scan.text(story.headline(), false);
        scan.content = mix(scan.content, HEADLINE_END);
        scan.text(story.body(), true);
        return new StoryFingerprint(finish(scan.content), scan.simHash(), scan.shingles);
    }

    /** One step of a multiply–xorshift hash: cheap, and every input bit reaches every output bit. */
    private static long mix(long hash, long value) {
        long h = (hash ^ value) * SHINGLE_1;
        return h ^ (h >>> 32);
    }

    /** MurmurHash3's finalizer: spreads the last values' bits over the whole word. */
    private static long finish(long hash) {
        long h = hash;
        h ^= h >>> 33;
        h *= 0xFF51AFD7ED558CCDL;
        h ^= h >>> 33;
        h *= 0xC4CEB9FE1A85EC53L;
        return h ^ (h >>> 33);
    }

    private static final int ASCII = 128;

    /** What a character is to the scan: white space, part of a word (a letter or digit), or other. */
    private static final byte SPACE = 0;

    private static final byte WORD = 1;
    private static final byte OTHER = 2;
    private static final byte[] ASCII_CLASS = new byte[ASCII];
    private static final char[] ASCII_LOWER = new char[ASCII];

    static {
        for (char c = 0; c < ASCII; c++) {
            ASCII_CLASS[c] = classOf(c);
            ASCII_LOWER[c] = Character.toLowerCase(c);
        }
    }

    private static byte classOf(int codePoint) {
        if (Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint)) {
            return SPACE;
        }
        return Character.isLetterOrDigit(codePoint) ? WORD : OTHER;
    }

    /** The state of one pass; shingle bit counts are kept bit-sliced (see {@link #count}). */
    private static final class Scan {
        long content = CONTENT_SEED;
        long previous;
        long beforePrevious;
        int words;
        int shingles;
        /** Plane i holds bit i of all 64 per-bit counts: plane 0 the ones' digits, and so on. */
        final long[] planes = new long[Integer.SIZE];

        /**
         * The hot loop: the running hashes live in locals, not in this object's fields, so each
         * character's step does not wait on a store and load of the step before.
         */
        void text(String text, boolean shingled) {
            long contentHash = content;
            long wordHash = WORD_SEED;
            boolean inWord = false;
            boolean started = false;
            boolean spacePending = false;
            for (int i = 0; i < text.length(); ) {
                int lower;
                byte kind;
                char ch = text.charAt(i);
                if (ch < ASCII) {
                    // Wire copy is mostly ASCII: a table answers what Character's lookups would.
                    i++;
                    lower = ASCII_LOWER[ch];
                    kind = ASCII_CLASS[ch];
                } else {
                    int codePoint = text.codePointAt(i);
                    i += Character.charCount(codePoint);
                    lower = Character.toLowerCase(codePoint);
                    kind = classOf(codePoint);
                }
                if (kind == SPACE) {
                    spacePending = started; // runs of white space count once, and none at the ends
                } else {
                    if (spacePending) {
                        contentHash = mix(contentHash, ' ');
                        spacePending = false;
                    }
                    contentHash = mix(contentHash, lower);
                    started = true;
                }
                if (shingled && kind == WORD) {
                    wordHash = mix(wordHash, lower);
                    inWord = true;
                } else if (inWord) {
                    endWord(wordHash);
                    wordHash = WORD_SEED;
                    inWord = false;
                }
            }
            if (inWord) {
                endWord(wordHash);
            }
            content = contentHash;
        }

        private void endWord(long wordHash) {
            long current = finish(wordHash);
            if (++words >= SHINGLE_WORDS) {
                count(finish(beforePrevious * SHINGLE_1 + previous * SHINGLE_2 + current));
            }
            beforePrevious = previous;
            previous = current;
        }

        /** Adds the hash's bits to the 64 counts at once, as a binary counter adds one. */
        private void count(long shingle) {
            long carry = shingle;
            for (int plane = 0; carry != 0; plane++) {
                long sum = planes[plane] ^ carry;
                carry &= planes[plane];
                planes[plane] = sum;
            }
            shingles++;
        }

        /**
         * Sets each bit whose count is over half the shingles, comparing all 64 bit-sliced counts
         * with that threshold at once, from the most significant plane down.
         */
        long simHash() {
            int threshold = shingles / 2; // 2 * ones > shingles exactly when ones > shingles / 2
            long greater = 0;
            long equal = -1L;
            for (int plane = Integer.SIZE - Integer.numberOfLeadingZeros(shingles) - 1; plane >= 0; plane--) {
                long thresholdBit = ((threshold >>> plane) & 1) == 0 ? 0L : -1L;
                greater |= equal & planes[plane] & ~thresholdBit;
                equal &= ~(planes[plane] ^ thresholdBit);
            }
            return greater;
        }
    }
}
