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

class NewsmlG2ReadingTest {

    private static final String NAR = "xmlns=\"http://iptc.org/std/nar/2006-10-01/\"";

    @Test
    void shouldReadANewsItem() throws Exception {
        // Given
        byte[] newsItem = resource("newsml-eu-sanctions.xml");

        // When
        ParsedStories parsed = reader().parse("newsml", newsItem);

        // Then
        assertThat(parsed.rejections()).isEmpty();
        Story story = parsed.stories().get(0);
        assertThat(story.id()).isEqualTo("urn:newsml:northwire.test:20231214:eu-sanctions-drone-parts");
        assertThat(story.url()).isNull();
        assertThat(story.source()).isEqualTo("North Wire Test Agency");
        assertThat(story.headline()).isEqualTo("EU adds Iranian drone-parts suppliers to Russia sanctions list");
        assertThat(story.publishedAt()).isEqualTo(Instant.parse("2023-12-14T16:05:00Z"));
        assertThat(story.ingestedAt()).isEqualTo(NOW);
        assertThat(story.language()).isEqualTo("en");
        assertThat(story.byline()).isEqualTo("Marta Kowalczyk");
        assertThat(story.dateline()).isEqualTo("BRUSSELS, Dec 14");
    }

    @Test
    void shouldTurnTheXhtmlBodyIntoCleanTextWithEntitiesDecoded() throws Exception {
        Story story = reader().parse("newsml", resource("newsml-eu-sanctions.xml"))
                .stories()
                .get(0);

        assertThat(story.body())
                .isEqualTo("The European Union on Thursday added four Iranian firms to its sanctions list, saying"
                        + " they sold engines and guidance parts for drones that Russia has flown against Ukrainian"
                        + " cities.\n\n"
                        + "\u201CWhoever arms Moscow\u2019s air war will pay a price\u201D, an EU diplomat said &"
                        + " added that further listings were under consideration.\n\n"
                        + "Tehran has repeatedly denied supplying drones for use in Ukraine.")
                .doesNotContain("EU sanctions drone parts", "<", "&amp;");
    }

    @Test
    void shouldReadEveryItemOfANewsMessage() throws Exception {
        // Given a message whose items use a namespace prefix and plain-text bodies
        byte[] message = resource("newsml-message.xml");

        // When
        ParsedStories parsed = reader().parse("newsml-g2", message);

        // Then
        assertThat(parsed.rejections()).isEmpty();
        assertThat(parsed.stories())
                .extracting(Story::id)
                .containsExactly(
                        "https://wire.example.org/2024/02/23/us-sanctions-anniversary",
                        "urn:newsml:examplewire.test:20240223:pyongyang-missiles");
        Story first = parsed.stories().get(0);
        assertThat(first.url()).isEqualTo(first.id());
        assertThat(first.source()).isEqualTo("nprov:EXW");
        assertThat(first.byline()).isEqualTo("Example Wire staff");
        assertThat(first.language()).isEqualTo("en");
        assertThat(first.body())
                .startsWith("The United States on Friday imposed sanctions")
                .contains("third countries.\nThe Treasury said");
        Story second = parsed.stories().get(1);
        assertThat(second.source()).isEqualTo("Example Wire");
        assertThat(second.headline()).isEqualTo("Seoul says North Korea shipped ballistic missiles to Russia");
        assertThat(second.byline()).isNull();
    }

    @Test
    void shouldHonourTimeZoneOffsets() throws Exception {
        ParsedStories parsed = reader().parse("xml", resource("newsml-message.xml"));

        assertThat(parsed.stories())
                .extracting(Story::publishedAt)
                .containsExactly(Instant.parse("2024-02-23T14:15:00Z"), Instant.parse("2024-02-23T13:40:00Z"));
    }

    @Test
    void shouldFallBackToContentCreatedXmlLangAndDeriveIdFromTheBody() throws Exception {
        // Given an item without guid, versionCreated or language element
        String item = "<newsItem " + NAR + " xml:lang=\"de\"><contentMeta>"
                + "<contentCreated>2023-01-25T11:02:00+01:00</contentCreated>"
                + "<headline>Berlin sagt Leopard-Panzer zu</headline></contentMeta>"
                + "<contentSet><inlineData>Deutschland liefert Kampfpanzer an die Ukraine.</inlineData></contentSet>"
                + "</newsItem>";

        // When
        Story story = reader().parse("newsml", utf8(item)).stories().get(0);

        // Then
        assertThat(story.publishedAt()).isEqualTo(Instant.parse("2023-01-25T10:02:00Z"));
        assertThat(story.language()).isEqualTo("de");
        assertThat(story.id()).isEqualTo(StoryIds.ofText("Deutschland liefert Kampfpanzer an die Ukraine."));
        assertThat(story.source()).isEqualTo(FormatSettings.DEFAULT_SOURCE);
    }

    @Test
    void shouldRejectOnlyTheBadItemOfAMessage() throws Exception {
        // Given a message whose second item has no time
        String message = "<newsMessage " + NAR + "><itemSet>"
                + "<newsItem guid=\"urn:test:good\"><itemMeta><versionCreated>2023-02-17T15:20:00Z</versionCreated>"
                + "</itemMeta><contentSet><inlineData>Sanctions were extended.</inlineData></contentSet></newsItem>"
                + "<newsItem guid=\"urn:test:no-time\"><contentSet><inlineData>No time.</inlineData></contentSet>"
                + "</newsItem></itemSet></newsMessage>";

        // When
        ParsedStories parsed = reader().parse("newsml", utf8(message));

        // Then
        assertThat(parsed.stories()).extracting(Story::id).containsExactly("urn:test:good");
        assertThat(parsed.rejections()).singleElement().satisfies(part -> {
            assertThat(part.label()).isEqualTo("item 2");
            assertThat(part.reason()).startsWith("has neither itemMeta/versionCreated nor contentMeta/contentCreated");
            assertThat(part.payload()).contains("urn:test:no-time");
        });
    }

    @Test
    void shouldRejectAnItemWithoutATimeAsTheOtherReadersDo() {
        String item = "<newsItem " + NAR + " guid=\"urn:test:x\"><contentSet><inlineData>Text.</inlineData>"
                + "</contentSet></newsItem>";

        assertThatThrownBy(() -> reader().parse("newsml", utf8(item)))
                .isInstanceOf(RejectedInputException.class)
                .hasMessageStartingWith("has neither itemMeta/versionCreated nor contentMeta/contentCreated");
    }

    @Test
    void shouldRejectAnUnparseableDate() {
        String item = "<newsItem " + NAR + " guid=\"urn:test:x\"><itemMeta><versionCreated>14/12/2023 17:05"
                + "</versionCreated></itemMeta><contentSet><inlineData>Text.</inlineData></contentSet></newsItem>";

        assertThatThrownBy(() -> reader().parse("newsml", utf8(item)))
                .isInstanceOf(RejectedInputException.class)
                .hasMessage("field 'itemMeta/versionCreated' is not an ISO-8601 date-time with a time zone offset,"
                        + " such as 2022-10-17T09:30:00Z: '14/12/2023 17:05'");
    }

    @Test
    void shouldRejectAnItemWithoutBody() {
        String item = "<newsItem " + NAR + " guid=\"urn:test:x\"><itemMeta><versionCreated>2023-12-14T17:05:00Z"
                + "</versionCreated></itemMeta><contentMeta><headline>Headline only</headline></contentMeta>"
                + "<contentSet><inlineXML><html xmlns=\"http://www.w3.org/1999/xhtml\"><body> </body></html>"
                + "</inlineXML></contentSet></newsItem>";

        assertThatThrownBy(() -> reader().parse("newsml", utf8(item)))
                .isInstanceOf(RejectedInputException.class)
                .hasMessage("has no body text: expected contentSet/inlineXML (XHTML) or contentSet/inlineData");
    }
}
