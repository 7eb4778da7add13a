package org.wirewatch.ingest.format;

import static org.wirewatch.ingest.format.Inputs.utf8;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Hostile variants of valid inputs for the fuzz tests of every reader: random bytes, and valid
 * inputs with bits flipped, cut short, with fragments that break syntax or encoding inserted, or
 * with parts of themselves repeated. Deterministic: a case seed gives the same input every time.
 */
public final class Mutations {

    private static final int MAX_RANDOM_BYTES = 2048;

    /** Fragments that break each format's syntax or encoding in the places parsers get wrong. */
    private static final List<byte[]> INSERTIONS = List.of(
            utf8("<"),
            utf8("{"),
            utf8("\""),
            utf8("&"),
            utf8("\u0000"),
            utf8("]]>"),
            utf8("&#0;"),
            utf8("&#x110000;"),
            utf8("&#9999999;"),
            utf8("<!DOCTYPE x [<!ENTITY e \"e\">]>"),
            utf8("\uFEFF"),
            new byte[] {(byte) 0xFF},
            new byte[] {(byte) 0x80},
            new byte[] {(byte) 0xC0, (byte) 0x80},
            new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
            new byte[] {(byte) 0xE2, (byte) 0x82},
            new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80});

    private Mutations() {}

    /** The input of one case: random bytes for one case in eight, else a mutated valid input. */
    public static byte[] input(List<byte[]> valid, long caseSeed) {
        SplittableRandom random = new SplittableRandom(caseSeed);
        if (random.nextInt(8) == 0) {
            byte[] bytes = new byte[random.nextInt(MAX_RANDOM_BYTES)];
            random.nextBytes(bytes);
            return bytes;
        }
        byte[] input = valid.get(random.nextInt(valid.size()));
        // Some cases stay valid, so the readers' success path is fuzzed for exceptions too.
        int mutations = random.nextInt(4);
        for (int m = 0; m < mutations; m++) {
            input = mutate(input, random);
        }
        return input;
    }

    private static byte[] mutate(byte[] input, SplittableRandom random) {
        if (input.length == 0) {
            return INSERTIONS.get(random.nextInt(INSERTIONS.size()));
        }
        int at = random.nextInt(input.length);
        return switch (random.nextInt(4)) {
            case 0 -> flipBit(input, at, random);
            case 1 -> slice(input, 0, at);
            case 2 -> insert(input, at, INSERTIONS.get(random.nextInt(INSERTIONS.size())));
            default -> insert(input, random.nextInt(input.length), slice(input, at, at + random.nextInt(64)));
        };
    }

    private static byte[] flipBit(byte[] input, int at, SplittableRandom random) {
        byte[] flipped = input.clone();
        flipped[at] ^= (byte) (1 << random.nextInt(8));
        return flipped;
    }

    private static byte[] slice(byte[] input, int from, int to) {
        byte[] part = new byte[Math.min(to, input.length) - from];
        System.arraycopy(input, from, part, 0, part.length);
        return part;
    }

    private static byte[] insert(byte[] input, int at, byte[] fragment) {
        byte[] out = new byte[input.length + fragment.length];
        System.arraycopy(input, 0, out, 0, at);
        System.arraycopy(fragment, 0, out, at, fragment.length);
        System.arraycopy(input, at, out, at + fragment.length, input.length - at);
        return out;
    }
}
