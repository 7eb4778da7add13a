package org.wirewatch.ingest.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.wirewatch.ingest.format.Inputs.NOW;
import static org.wirewatch.ingest.format.Inputs.reader;
import static org.wirewatch.ingest.format.Inputs.resource;
import static org.wirewatch.ingest.format.Inputs.utf8;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.wirewatch.model.Story;

class JsonLinesReadingTest {

    @Test
    void shouldReadGoodLinesAndRejectTheBadLineWithItsNumber() throws Exception {
        // Given a file whose second line is cut off
        byte[] lines = resource("stories.jsonl");

        // When
        ParsedStories parsed = reader().parse("jsonl", lines);

        // Then
        assertThat(parsed.stories()).hasSize(2);
        Story treasury = parsed.stories().get(0);
        assertThat(treasury.id()).isEqualTo("urn:test:story:treasury-designations");
        assertThat(treasury.source()).isEqualTo("Example Wire");
        assertThat(treasury.url()).isEqualTo("https://wire.example.org/2023/02/24/treasury-designations");
        assertThat(treasury.headline()).isEqualTo("US Treasury sanctions three Iranian drone makers");
        assertThat(treasury.publishedAt()).isEqualTo(Instant.parse("2023-02-24T14:00:00Z"));
        assertThat(treasury.ingestedAt()).isEqualTo(NOW);
        assertThat(treasury.byline()).isEqualTo("By Ann Holloway");
        assertThat(treasury.dateline()).isEqualTo("WASHINGTON");
        assertThat(parsed.rejections()).singleElement().satisfies(part -> {
            assertThat(part.label()).isEqualTo("line 2");
            assertThat(part.reason()).startsWith("is not valid JSON at column ");
            assertThat(part.payload()).startsWith("{\"id\":\"urn:test:story:broken\"");
        });
    }

    @Test
    void shouldDeriveIdFromTheCanonicalUrlWhenIdIsMissing() throws Exception {
        // Given
        byte[] lines = resource("stories.jsonl");

        // When
        Story kremlin = reader().parse("jsonl", lines).stories().get(1);

        // Then the tracking parameter does not change the id
        assertThat(kremlin.id())
                .isEqualTo(StoryIds.ofUrl("https://NEWS.example.net:443/kremlin-peskov-drones"))
                .matches("sha256:[0-9a-f]{64}");
        assertThat(kremlin.publishedAt()).isEqualTo(Instant.parse("2022-10-18T07:10:00Z"));
        assertThat(kremlin.language()).isEqualTo("en");
        assertThat(kremlin.byline()).isNull();
    }

    @Test
    void shouldDetectTheLanguageOnlyWhereNoneIsDeclared() throws Exception {
        // Given two German stories, one declaring its language (wrongly, as the sender's default)
        String body = "Die Stadtverwaltung von Leipzig hat am Dienstag angekündigt, die Straßenbahnlinie"
                + " zum Flughafen bis zum Herbst zu verlängern.";
        String lines = "{\"id\":\"urn:test:a\",\"headline\":\"Straßenbahn\",\"body\":\"" + body
                + "\",\"publishedAt\":\"2025-03-04T09:30:00Z\"}\n"
                + "{\"id\":\"urn:test:b\",\"headline\":\"Straßenbahn\",\"body\":\"" + body
                + "\",\"publishedAt\":\"2025-03-04T09:30:00Z\",\"language\":\"en-GB\"}\n";

        // When
        ParsedStories parsed = reader().parse("jsonl", utf8(lines));

        // Then
        assertThat(parsed.stories()).extracting(Story::language).containsExactly("de", "en");
    }

    @Test
    void shouldGiveSyndicatedCopiesWithoutIdOrUrlTheSameId() throws Exception {
        // Given the same body, re-wrapped and re-headlined by a second outlet
        String lines = """
                {"headline": "Iran denies drone deliveries", "body": "Tehran denied on Monday that it had sent drones to Russia.", "publishedAt": "2022-10-10T09:00:00Z"}
                {"headline": "Tehran: no drones for Moscow", "body": "Tehran denied  on Monday\\nthat it had sent drones to Russia. ", "publishedAt": "2022-10-10T09:05:00Z"}
                """;

        // When
        ParsedStories parsed = reader().parse("jsonl", utf8(lines));

        // Then
        assertThat(parsed.stories()).hasSize(2);
        assertThat(parsed.stories().get(0).id())
                .isEqualTo(parsed.stories().get(1).id())
                .isEqualTo(StoryIds.ofText("tehran denied on monday that it had sent drones to russia."));
    }

    @Test
    void shouldSetIngestedAtItselfAndSkipBlankLines() throws Exception {
        String lines = "\n{\"id\": \"s1\", \"body\": \"Text.\", \"publishedAt\": \"2023-01-01T00:00:00Z\","
                + " \"ingestedAt\": \"1999-01-01T00:00:00Z\"}\n\n";

        ParsedStories parsed = reader().parse("jsonl", utf8(lines));

        assertThat(parsed.rejections()).isEmpty();
        assertThat(parsed.stories())
                .singleElement()
                .extracting(Story::ingestedAt)
                .isEqualTo(NOW);
    }

    @Test
    void shouldRejectLineWithoutPublishedAtOrOfWrongShape() throws Exception {
        String lines = """
                {"id": "s1", "body": "Kept.", "publishedAt": "2023-01-01T00:00:00Z"}
                {"id": "s2", "body": "No time."}
                ["not", "a", "story"]
                """;

        ParsedStories parsed = reader().parse("jsonl", utf8(lines));

        assertThat(parsed.stories()).extracting(Story::id).containsExactly("s1");
        assertThat(parsed.rejections())
                .extracting(RejectedPart::describe)
                .containsExactly(
                        "line 2: has no publishedAt: the story's time is needed to order it",
                        "line 3: is an array, not a story object");
    }

    @Test
    void shouldRejectWholeFileWhenNoLineIsReadable() {
        String lines =
                "{\"id\": \"s1\"\n{\"id\": \"s2\", \"body\": \" \", \"publishedAt\": \"2023-01-01T00:00:00Z\"}\n";

        assertThatThrownBy(() -> reader().parse("jsonl", utf8(lines)))
                .isInstanceOf(RejectedInputException.class)
                .hasMessageStartingWith("contains no readable story: line 1: is not valid JSON")
                .hasMessageContaining("; line 2: has no body text");
    }

    @Test
    void shouldReadNonAsciiTextAfterAByteOrderMarkAndIgnoreUnknownFields() throws Exception {
        // Given lines in Russian and German, an unknown nested field and a UTF-8 byte-order mark
        String lines = "\uFEFF"
                + "{\"id\": \"ru1\", \"meta\": {\"desk\": [1, {\"x\": null}]}, \"headline\": \"Кремль отрицает\","
                + " \"body\": \"Песков заявил, что поставок не было.\", \"publishedAt\": \"2022-10-18T07:10:00+03:00\"}\n"
                + "{\"id\": \"de1\", \"body\": \"Berlin sagt Lieferung von Panzern zu.\","
                + " \"publishedAt\": \"2023-01-25T11:00:00Z\", \"language\": \"de-DE\"}\n";

        // When
        ParsedStories parsed = reader().parse("jsonl", utf8(lines));

        // Then
        assertThat(parsed.rejections()).isEmpty();
        assertThat(parsed.stories()).extracting(Story::id).containsExactly("ru1", "de1");
        assertThat(parsed.stories().get(0).headline()).isEqualTo("Кремль отрицает");
        assertThat(parsed.stories().get(0).publishedAt()).isEqualTo(Instant.parse("2022-10-18T04:10:00Z"));
        assertThat(parsed.stories().get(1).language()).isEqualTo("de");
    }

    @Test
    void shouldRejectLineWithFieldOfWrongTypeOrTrailingContent() throws Exception {
        String lines = """
                {"id": 7, "body": "Numeric id.", "publishedAt": "2023-01-01T00:00:00Z"}
                {"id": "s2", "body": "Two values.", "publishedAt": "2023-01-01T00:00:00Z"} {"id": "s3"}
                {"id": "s4", "body": "Kept.", "publishedAt": "2023-01-01T00:00:00Z"}
                """;

        ParsedStories parsed = reader().parse("jsonl", utf8(lines));

        assertThat(parsed.stories()).extracting(Story::id).containsExactly("s4");
        assertThat(parsed.rejections())
                .extracting(RejectedPart::describe)
                .containsExactly(
                        "line 1: field 'id' must be a string, not a number",
                        "line 2: is not valid JSON: more content after the first JSON value");
        assertThat(parsed.rejections().get(1).payload()).endsWith("{\"id\": \"s3\"}");
    }

    @Test
    void shouldRejectInvalidUtf8AfterAsciiWithItsOffset() {
        // Given valid ASCII and Cyrillic, then a lone continuation byte
        byte[] valid = utf8("{\"id\": \"s1\", \"body\": \"Мир\", \"publishedAt\": \"2023-01-01T00:00:00Z\"}\n");
        byte[] input = java.util.Arrays.copyOf(valid, valid.length + 1);
        input[valid.length] = (byte) 0x80;

        assertThatThrownBy(() -> reader().parse("jsonl", input))
                .isInstanceOf(RejectedInputException.class)
                .hasMessage("is not valid UTF-8: invalid byte sequence at byte offset " + valid.length
                        + "; save the file as UTF-8");
    }

    @Test
    void shouldRejectLineNestedDeeperThanTheParserAllows() throws Exception {
        // Given a line whose unknown field nests arrays 200 deep, past the bounded parser's 64
        String deep = "[".repeat(200) + "]".repeat(200);
        String lines = "{\"id\": \"deep\", \"meta\": " + deep + ", \"body\": \"Text.\","
                + " \"publishedAt\": \"2023-01-01T00:00:00Z\"}\n"
                + "{\"id\": \"s2\", \"body\": \"Kept.\", \"publishedAt\": \"2023-01-01T00:00:00Z\"}\n";

        ParsedStories parsed = reader().parse("jsonl", utf8(lines));

        assertThat(parsed.stories()).extracting(Story::id).containsExactly("s2");
        assertThat(parsed.rejections()).singleElement().satisfies(part -> {
            assertThat(part.label()).isEqualTo("line 1");
            assertThat(part.reason())
                    .isEqualTo("is over a JSON parsing limit: Document nesting depth (65) exceeds the maximum"
                            + " allowed (64)");
        });
    }
}
