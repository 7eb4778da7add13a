package org.wirewatch.ingest.canon;

import java.util.Arrays;

/**
 * The SimHashes of the most recent stories, each with the id of the story it stands for, found by
 * Hamming distance without a scan of the whole index. Not thread-safe: {@link CanonicalStories}
 * guards it.
 *
 * <p>Lookup by pigeonhole: the 64 bits are cut into {@code maxDistance + 1} bands, and two
 * fingerprints at most {@code maxDistance} bits apart agree exactly on at least one band. So only
 * the fingerprints sharing a band's value with the query are compared: with 9 bands of 7–8 bits
 * and 32,768 entries, about 2,300 of them, read from contiguous arrays. When full, the oldest entry
 * makes room.
 */
final class SimHashIndex {

    private final int maxDistance;
    private final int[] bandStart;
    private final int[] bandBits;
    private final long[] fingerprints;
    private final String[] ids;
    private final String[] originals;
    /** buckets[band][band value]: the fingerprints and slots having that value in that band. */
    private final Bucket[][] buckets;
    /** positions[band][slot]: where the slot's entry sits in its bucket of that band. */
    private final int[][] positions;

    private int next;
    private int size;

    SimHashIndex(int capacity, int maxDistance) {
        if (capacity < 1 || maxDistance < 0 || maxDistance > 15) {
            throw new IllegalArgumentException("capacity must be positive, maxDistance 0 to 15");
        }
        this.maxDistance = maxDistance;
        int bands = maxDistance + 1;
        bandStart = new int[bands];
        bandBits = new int[bands];
        for (int band = 0, start = 0; band < bands; band++) {
            bandBits[band] = Long.SIZE / bands + (band < Long.SIZE % bands ? 1 : 0);
            bandStart[band] = start;
            start += bandBits[band];
        }
        fingerprints = new long[capacity];
        ids = new String[capacity];
        originals = new String[capacity];
        buckets = new Bucket[bands][];
        positions = new int[bands][capacity];
        for (int band = 0; band < bands; band++) {
            buckets[band] = new Bucket[1 << bandBits[band]];
            for (int value = 0; value < buckets[band].length; value++) {
                buckets[band][value] = new Bucket();
            }
        }
    }

    /**
     * The original of the nearest entry within {@code maxDistance} bits, ignoring entries of the
     * story {@code id} itself (its earlier versions), or null when there is none.
     */
    String originalNear(String id, long simHash) {
        int bestDistance = maxDistance + 1;
        int bestSlot = -1;
        for (int band = 0; band < bandStart.length; band++) {
            Bucket bucket = buckets[band][bandValue(band, simHash)];
            for (int i = 0; i < bucket.size; i++) {
                int distance = Long.bitCount(bucket.fingerprints[i] ^ simHash);
                if (distance < bestDistance && !ids[bucket.slots[i]].equals(id)) {
                    bestDistance = distance;
                    bestSlot = bucket.slots[i];
                }
            }
        }
        return bestSlot < 0 ? null : originals[bestSlot];
    }

    /** Adds story {@code id}, standing for {@code original} (itself unless it is a copy). */
    void add(String id, String original, long simHash) {
        int slot = next;
        if (size == fingerprints.length) {
            unlink(slot);
        } else {
            size++;
        }
        fingerprints[slot] = simHash;
        ids[slot] = id;
        originals[slot] = original;
        for (int band = 0; band < bandStart.length; band++) {
            positions[band][slot] = buckets[band][bandValue(band, simHash)].add(simHash, slot);
        }
        next = (slot + 1) % fingerprints.length;
    }

    int size() {
        return size;
    }

    private void unlink(int slot) {
        for (int band = 0; band < bandStart.length; band++) {
            Bucket bucket = buckets[band][bandValue(band, fingerprints[slot])];
            int moved = bucket.removeAt(positions[band][slot]);
            if (moved >= 0) {
                positions[band][moved] = positions[band][slot];
            }
        }
    }

    private int bandValue(int band, long simHash) {
        return (int) ((simHash >>> bandStart[band]) & ((1L << bandBits[band]) - 1));
    }

    /** A growable pair of arrays; removal moves the last entry into the hole. */
    private static final class Bucket {
        long[] fingerprints = new long[4];
        int[] slots = new int[4];
        int size;

        int add(long fingerprint, int slot) {
            if (size == slots.length) {
                fingerprints = Arrays.copyOf(fingerprints, size * 2);
                slots = Arrays.copyOf(slots, size * 2);
            }
            fingerprints[size] = fingerprint;
            slots[size] = slot;
            return size++;
        }

        /** Removes the entry at {@code position}; returns the slot moved into it, or -1. */
        int removeAt(int position) {
            int last = --size;
            if (position == last) {
                return -1;
            }
            fingerprints[position] = fingerprints[last];
            slots[position] = slots[last];
            return slots[position];
        }
    }
}
