package org.wirewatch.ingest.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.wirewatch.ingest.format.Inputs.reader;
import static org.wirewatch.ingest.format.Inputs.resource;
import static org.wirewatch.ingest.format.Inputs.utf8;

import java.util.Base64;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Random bytes and mutated valid inputs for every format's reader: each must end in stories or in
 * a rejection with a reason, never in another exception. Every case is derived from its own seed
 * alone ({@link #input}), so the seed in a failure message reproduces the failing input exactly.
 */
class StoryReaderFuzzTest {

    private static final long SEED = 0x5EED_2024_0501L;
    private static final int CASES_PER_FORMAT = 4000;
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

    @ParameterizedTest
    @EnumSource(StoryFormat.class)
    void shouldEndEveryInputInStoriesOrARejectionWithAReason(StoryFormat format) {
        StoryReader reader = reader();
        int stories = 0;
        int rejections = 0;
        for (int i = 0; i < CASES_PER_FORMAT; i++) {
            long caseSeed = SEED + format.ordinal() * 1_000_003L + i;
            byte[] input = input(format, caseSeed);
            try {
                ParsedStories parsed = reader.parse(formatName(format), input);
                assertThat(parsed.stories())
                        .as(failure(format, caseSeed, input))
                        .isNotEmpty();
                stories++;
            } catch (RejectedInputException e) {
                assertThat(e.reason()).as(failure(format, caseSeed, input)).isNotBlank();
                rejections++;
            } catch (RuntimeException | StackOverflowError e) {
                fail(failure(format, caseSeed, input) + " threw " + e, e);
            }
        }
        // Both outcomes must occur, or the mutations are too weak (or too strong) to test anything.
        assertThat(stories).as("%s inputs read as stories", format).isPositive();
        assertThat(rejections).as("%s inputs rejected", format).isPositive();
    }

    /** The input of one case: random bytes for one case in eight, else a mutated valid input. */
    static byte[] input(StoryFormat format, long caseSeed) {
        SplittableRandom random = new SplittableRandom(caseSeed);
        if (random.nextInt(8) == 0) {
            byte[] bytes = new byte[random.nextInt(MAX_RANDOM_BYTES)];
            random.nextBytes(bytes);
            return bytes;
        }
        List<byte[]> valid = validInputs(format);
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

    private static List<byte[]> validInputs(StoryFormat format) {
        return switch (format) {
            case NINJS ->
                List.of(
                        resource("ninjs1-iran-denial.json"),
                        resource("ninjs2-germany-tanks.json"),
                        resource("ninjs-array.json"));
            case JSON_LINES -> List.of(resource("stories.jsonl"));
            case PLAIN_TEXT ->
                List.of(utf8("Iran denies drone deliveries\n\nTehran on Monday denied sending drones"
                        + " to Russia, calling the reports &quot;baseless&quot; <b>again</b>."));
            case NEWSML_G2 -> List.of(resource("newsml-eu-sanctions.xml"), resource("newsml-message.xml"));
        };
    }

    private static String formatName(StoryFormat format) {
        return switch (format) {
            case NINJS -> "ninjs";
            case JSON_LINES -> "jsonl";
            case PLAIN_TEXT -> "text";
            case NEWSML_G2 -> "newsml";
        };
    }

    private static String failure(StoryFormat format, long caseSeed, byte[] input) {
        return format + " case seed " + caseSeed + " (base seed " + SEED + ", reproduce with input(" + format + ", "
                + caseSeed + "L)), input as Base64: " + Base64.getEncoder().encodeToString(input);
    }
}
