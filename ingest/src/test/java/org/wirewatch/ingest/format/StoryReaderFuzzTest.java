package org.wirewatch.ingest.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.wirewatch.ingest.format.Inputs.reader;
import static org.wirewatch.ingest.format.Inputs.resource;
import static org.wirewatch.ingest.format.Inputs.utf8;

import java.util.Base64;
import java.util.List;
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

    /** The input of one case, as {@link Mutations} makes it from this format's valid inputs. */
    static byte[] input(StoryFormat format, long caseSeed) {
        return Mutations.input(validInputs(format), caseSeed);
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
