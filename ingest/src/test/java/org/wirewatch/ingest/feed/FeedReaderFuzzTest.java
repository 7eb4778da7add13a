package org.wirewatch.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wirewatch.ingest.format.FormatSettings;
import org.wirewatch.ingest.format.Mutations;
import org.wirewatch.ingest.format.ParsedStories;
import org.wirewatch.ingest.format.RejectedInputException;

/**
 * Random and mutated RSS and Atom through the feed reader: each ends in stories (or items rejected
 * one by one) or in a rejection of the feed with a reason, never in another exception.
 */
class FeedReaderFuzzTest {

    private static final long SEED = 0xFEED_2022_1017L;
    private static final int CASES = 4000;

    private static final List<byte[]> VALID = List.of(
            bytes(Feeds.HARBOUR_RSS),
            bytes(Feeds.ATOM),
            bytes(Feeds.rss(Feeds.rssItem("hw-1", "Port closed by fog", "Tue, 10 Oct 2022 09:30:00 +0330")
                    + Feeds.rssItem("hw-2", "Ferry timetable changes", "2022-10-17T08:00:00Z"))));

    private final FeedReader reader = new FeedReader(new FormatSettings(
            "fuzz",
            FormatSettings.DEFAULT_MAX_BYTES,
            Clock.fixed(Instant.parse("2022-10-18T00:00:00Z"), ZoneOffset.UTC)));

    @Test
    void shouldEndEveryFeedInStoriesOrARejectionWithAReason() {
        int read = 0;
        int rejected = 0;
        for (int i = 0; i < CASES; i++) {
            long caseSeed = SEED + i;
            byte[] input = Mutations.input(VALID, caseSeed);
            try {
                ParsedStories parsed = reader.read(input, "fuzz");
                assertThat(parsed.rejections())
                        .as(failure(caseSeed, input))
                        .allSatisfy(part -> assertThat(part.reason()).isNotBlank());
                read++;
            } catch (RejectedInputException e) {
                assertThat(e.reason()).as(failure(caseSeed, input)).isNotBlank();
                rejected++;
            } catch (RuntimeException | StackOverflowError e) {
                fail(failure(caseSeed, input) + " threw " + e, e);
            }
        }
        // Both outcomes must occur, or the mutations are too weak (or too strong) to test anything.
        assertThat(read).as("feeds read").isPositive();
        assertThat(rejected).as("feeds rejected").isPositive();
    }

    private static byte[] bytes(String feed) {
        return feed.getBytes(StandardCharsets.UTF_8);
    }

    private static String failure(long caseSeed, byte[] input) {
        return "case seed " + caseSeed + " (reproduce with Mutations.input(VALID, " + caseSeed
                + "L)), input as Base64: " + Base64.getEncoder().encodeToString(input);
    }
}
