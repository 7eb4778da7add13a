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

class NinjsReadingTest {

    @Test
    void shouldReadNinjs1Story() throws Exception {
        // Given
        byte[] ninjs = resource("ninjs1-iran-denial.json");

        // When
        ParsedStories parsed = reader().parse("ninjs", ninjs);

        // Then
        assertThat(parsed.rejections()).isEmpty();
        Story story = parsed.stories().get(0);
        assertThat(story.id()).isEqualTo("urn:newsml:gulfwire.test:20221010:iran-drones-denial");
        assertThat(story.source()).isEqualTo("Gulf Wire Service");
        assertThat(story.url()).isNull();
        assertThat(story.headline()).isEqualTo("Iran rejects reports it supplied drones to Russia");
        assertThat(story.body())
                .startsWith("Iran's foreign ministry spokesman Naser Kanaani on Monday rejected")
                .contains("\n\n\"The Islamic Republic has never supplied weapons")
                .endsWith("Shahed-136 models.");
        assertThat(story.publishedAt()).isEqualTo(Instant.parse("2022-10-10T09:42:00Z"));
        assertThat(story.ingestedAt()).isEqualTo(NOW);
        assertThat(story.language()).isEqualTo("en");
        assertThat(story.byline()).isEqualTo("By Leila Farahani");
        assertThat(story.dateline()).isEqualTo("DUBAI, United Arab Emirates");
    }

    @Test
    void shouldReadNinjs2HeadlinesAndBodiesPreferringMainPlainText() throws Exception {
        // Given
        byte[] ninjs = resource("ninjs2-germany-tanks.json");

        // When
        Story story = reader().parse("ninjs", ninjs).stories().get(0);

        // Then
        assertThat(story.id()).isEqualTo("https://wire.example.org/2023/01/25/germany-leopard-tanks-ukraine");
        assertThat(story.url()).isEqualTo(story.id());
        assertThat(story.headline()).isEqualTo("Germany will send Leopard 2 tanks to Ukraine, chancellery says");
        assertThat(story.body()).startsWith("Germany will deliver 14 Leopard 2 A6 battle tanks");
        assertThat(story.publishedAt()).isEqualTo(Instant.parse("2023-01-25T10:02:00Z"));
        assertThat(story.byline()).isEqualTo("Example Wire staff in Berlin");
        assertThat(story.dateline()).isEqualTo("BERLIN");
        assertThat(story.source()).isEqualTo("Example Wire");
    }

    @Test
    void shouldReadEveryItemOfAnArrayTurningHtmlBodiesIntoText() throws Exception {
        // Given
        byte[] ninjs = resource("ninjs-array.json");

        // When
        ParsedStories parsed = reader().parse("ninjs", ninjs);

        // Then
        assertThat(parsed.rejections()).isEmpty();
        assertThat(parsed.stories())
                .extracting(Story::id)
                .containsExactly(
                        "urn:newsml:examplewire.test:20230217:us-sanctions-warning",
                        "urn:newsml:examplewire.test:20230301:pyongyang-shells");
        Story second = parsed.stories().get(1);
        assertThat(second.headline()).isEqualTo("North Korea denies shipping artillery shells to Russia");
        assertThat(second.body())
                .isEqualTo("SEOUL \u2013 North Korea on Wednesday denied it had shipped artillery shells to Russia,"
                        + " calling US intelligence claims \"groundless\".\n\n"
                        + "The state news agency quoted a foreign ministry official.");
        assertThat(parsed.stories()).extracting(Story::source).containsOnly(FormatSettings.DEFAULT_SOURCE);
    }

    @Test
    void shouldFallBackToBodyHtmlAndFirstcreated() throws Exception {
        // Given
        String ninjs = """
                {"uri": "urn:test:kyiv-air-defence", "firstcreated": "2023-05-16T04:30:00+03:00",
                 "headline": "Kyiv says it downed hypersonic missiles",
                 "body_html": "<p>Ukraine&#39;s air force said on Tuesday its US-supplied Patriot systems<br>shot down six Kinzhal missiles.</p><script>track()</script>"}
                """;

        // When
        Story story = reader().parse("ninjs", utf8(ninjs)).stories().get(0);

        // Then
        assertThat(story.publishedAt()).isEqualTo(Instant.parse("2023-05-16T01:30:00Z"));
        assertThat(story.body())
                .isEqualTo("Ukraine's air force said on Tuesday its US-supplied Patriot systems\n"
                        + "shot down six Kinzhal missiles.");
    }

    @Test
    void shouldRejectOnlyTheBadItemOfAnArray() throws Exception {
        // Given
        String ninjs = """
                [{"uri": "urn:test:good", "versioncreated": "2023-02-17T15:20:00Z", "body_text": "Sanctions were extended."},
                 {"uri": "urn:test:no-time", "body_text": "A story without a time."}]
                """;

        // When
        ParsedStories parsed = reader().parse("ninjs", utf8(ninjs));

        // Then
        assertThat(parsed.stories()).extracting(Story::id).containsExactly("urn:test:good");
        assertThat(parsed.rejections()).singleElement().satisfies(part -> {
            assertThat(part.label()).isEqualTo("item 2");
            assertThat(part.reason()).contains("neither versioncreated nor firstcreated");
            assertThat(part.payload()).contains("urn:test:no-time");
        });
    }

    @Test
    void shouldRejectMalformedJsonWithItsPositionAndNoParserInternals() {
        // Given
        String ninjs = "{\n  \"uri\": \"urn:test:x\",\n  \"headline\": \"Iran denies\" \"body_text\": \"...\"\n}";

        // When / Then
        assertThatThrownBy(() -> reader().parse("ninjs", utf8(ninjs)))
                .isInstanceOf(RejectedInputException.class)
                .hasMessageStartingWith("is not valid JSON at line 3, column ")
                .hasMessageNotContaining("com.fasterxml")
                .hasMessageNotContaining("Source:")
                .hasMessageNotContaining("\n");
    }

    @Test
    void shouldRejectTwoDocumentsInOneFile() {
        String ninjs = "{\"uri\": \"urn:test:a\"}\n{\"uri\": \"urn:test:b\"}";

        assertThatThrownBy(() -> reader().parse("ninjs", utf8(ninjs)))
                .isInstanceOf(RejectedInputException.class)
                .hasMessage("is not valid JSON at line 2, column 1: more content after the first JSON value");
    }

    @Test
    void shouldRejectJsonThatIsNotANinjsObject() {
        assertThatThrownBy(() -> reader().parse("ninjs", utf8("\"Iran denies drone deliveries\"")))
                .isInstanceOf(RejectedInputException.class)
                .hasMessage("is a string, not a ninjs object or an array of ninjs objects");
    }

    @Test
    void shouldRejectFieldOfTheWrongType() {
        String ninjs = "{\"uri\": \"urn:test:x\", \"versioncreated\": \"2023-01-01T00:00:00Z\", \"headline\": 42,"
                + " \"body_text\": \"Text.\"}";

        assertThatThrownBy(() -> reader().parse("ninjs", utf8(ninjs)))
                .isInstanceOf(RejectedInputException.class)
                .hasMessage("field 'headline' must be a string, not a number");
    }

    @Test
    void shouldRejectUnparseableDate() {
        String ninjs = "{\"uri\": \"urn:test:x\", \"versioncreated\": \"17/10/2022 09:30\", \"body_text\": \"Text.\"}";

        assertThatThrownBy(() -> reader().parse("ninjs", utf8(ninjs)))
                .isInstanceOf(RejectedInputException.class)
                .hasMessageContaining("field 'versioncreated' is not an ISO-8601 date-time")
                .hasMessageContaining("'17/10/2022 09:30'");
    }

    @Test
    void shouldRejectStoryWithBlankBody() {
        String ninjs = "{\"uri\": \"urn:test:x\", \"versioncreated\": \"2023-01-01T00:00:00Z\","
                + " \"headline\": \"Headline only\", \"body_text\": \"  \", \"bodies\": [{\"value\": \"\"}]}";

        assertThatThrownBy(() -> reader().parse("ninjs", utf8(ninjs)))
                .isInstanceOf(RejectedInputException.class)
                .hasMessageContaining("has no body text");
    }

    @Test
    void shouldRejectEmptyArray() {
        assertThatThrownBy(() -> reader().parse("ninjs", utf8("[]")))
                .isInstanceOf(RejectedInputException.class)
                .hasMessage("contains no stories");
    }

    @Test
    void shouldRejectLanguageThatIsNotATag() {
        String ninjs = "{\"uri\": \"urn:test:x\", \"versioncreated\": \"2023-01-01T00:00:00Z\","
                + " \"language\": \"English (UK)\", \"body_text\": \"Text.\"}";

        assertThatThrownBy(() -> reader().parse("ninjs", utf8(ninjs)))
                .isInstanceOf(RejectedInputException.class)
                .hasMessage("language 'English (UK)' is not a language tag such as en or en-GB");
    }
}
