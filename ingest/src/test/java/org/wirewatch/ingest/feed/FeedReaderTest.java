package org.wirewatch.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.wirewatch.ingest.format.FormatSettings;
import org.wirewatch.ingest.format.ParsedStories;
import org.wirewatch.ingest.format.RejectedInputException;
import org.wirewatch.model.Story;

class FeedReaderTest {

    private static final Instant NOW = Instant.parse("2022-10-17T12:00:00Z");
    private final FeedReader reader = new FeedReader(
            new FormatSettings("unused", FormatSettings.DEFAULT_MAX_BYTES, Clock.fixed(NOW, ZoneOffset.UTC)));

    @Test
    void shouldMapAnRssItemToAStory() throws Exception {
        String feed = Feeds.rss("""
                    <item>
                      <guid>hw-2001</guid>
                      <title>Ferry fares &amp;amp; timetables change</title>
                      <link>https://news.example.org/ferry?utm_source=rss</link>
                      <description>Short summary.</description>
                      <content:encoded><![CDATA[<p>Fares rise by 3&nbsp;percent.</p><p>Night sailings end.</p>]]></content:encoded>
                      <dc:creator>Tomas Berg</dc:creator>
                      <pubDate>Mon, 17 Oct 2022 08:00:00 GMT</pubDate>
                    </item>
                """);

        Story story = readOne(feed);

        assertThat(story.id()).isEqualTo("hw-2001");
        assertThat(story.source()).isEqualTo("harbour-wire");
        assertThat(story.url()).isEqualTo("https://news.example.org/ferry?utm_source=rss");
        assertThat(story.headline()).isEqualTo("Ferry fares & timetables change");
        assertThat(story.body()).isEqualTo("Fares rise by 3 percent.\n\nNight sailings end.");
        assertThat(story.publishedAt()).isEqualTo("2022-10-17T08:00:00Z");
        assertThat(story.ingestedAt()).isEqualTo(NOW);
        assertThat(story.language()).isEqualTo("en");
        assertThat(story.byline()).isEqualTo("Tomas Berg");
    }

    @Test
    void shouldMapAnAtomEntryToAStory() throws Exception {
        Story story = readOne(Feeds.ATOM);

        assertThat(story.id()).isEqualTo("tag:courier.example.org,2022:bridge-17");
        assertThat(story.url()).isEqualTo("https://courier.example.org/bridge");
        assertThat(story.headline()).isEqualTo("Council approves bridge repairs");
        assertThat(story.body()).isEqualTo("The council voted 9 to 2 for the repairs.\n\nWork starts in spring.");
        assertThat(story.publishedAt()).isEqualTo("2022-10-17T08:00:00Z");
        assertThat(story.byline()).isEqualTo("Ada Lindqvist");
    }

    @Test
    void shouldDeriveTheIdFromTheCanonicalLinkWhenAnItemHasNoGuid() throws Exception {
        String feed = Feeds.rss("""
                    <item>
                      <title>Lighthouse keeper retires</title>
                      <link>https://news.example.org/lighthouse?utm_medium=rss</link>
                      <description>After forty years.</description>
                      <pubDate>Mon, 17 Oct 2022 08:00:00 GMT</pubDate>
                    </item>
                """);

        assertThat(readOne(feed).id()).isEqualTo("sha256:" + sha256("https://news.example.org/lighthouse"));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Tue, 10 Oct 2022 09:30:00 +0330 | 2022-10-10T06:00:00Z",
                "Mon, 17 Oct 2022 08:00:00 GMT   | 2022-10-17T08:00:00Z",
                "Mon, 17 Oct 2022 03:00:00 EST   | 2022-10-17T08:00:00Z",
                "17 Oct 2022 10:00:00 +0200      | 2022-10-17T08:00:00Z",
                "2022-10-17T08:00:00Z            | 2022-10-17T08:00:00Z",
                "2022-10-17T11:30:00+03:30       | 2022-10-17T08:00:00Z",
            })
    void shouldHonourTheTimeZoneOfTheDatesFeedsUse(String pubDate, String expected) throws Exception {
        Story story = readOne(Feeds.rss(Feeds.rssItem("hw-3001", "Tide tables published", pubDate)));

        assertThat(story.publishedAt()).isEqualTo(expected);
    }

    @Test
    void shouldRejectOnlyTheItemThatHasNoDate() throws Exception {
        String feed = Feeds.rss(Feeds.rssItem("hw-4001", "Dated item", "Mon, 17 Oct 2022 08:00:00 GMT")
                + Feeds.rssItem("hw-4002", "Undated item", "sometime last week"));

        ParsedStories parsed = reader.read(bytes(feed), "harbour-wire");

        assertThat(parsed.stories()).extracting(Story::id).containsExactly("hw-4001");
        assertThat(parsed.rejections()).singleElement().satisfies(rejected -> {
            assertThat(rejected.label()).isEqualTo("item 2");
            assertThat(rejected.reason()).contains("has no date");
            assertThat(rejected.payload()).contains("Undated item");
        });
    }

    @Test
    void shouldRejectAnItemWithoutBody() throws Exception {
        String feed = Feeds.rss("""
                    <item><guid>hw-5001</guid><title>Headline only</title>
                      <pubDate>Mon, 17 Oct 2022 08:00:00 GMT</pubDate></item>
                """);

        ParsedStories parsed = reader.read(bytes(feed), "harbour-wire");

        assertThat(parsed.stories()).isEmpty();
        assertThat(parsed.rejections()).singleElement().satisfies(rejected -> assertThat(rejected.reason())
                .contains("no body"));
    }

    @Test
    void shouldRejectAnExternalEntityWithoutReadingIt() {
        assertThatThrownBy(() -> reader.read(bytes(Feeds.XXE), "harbour-wire"))
                .isInstanceOf(RejectedInputException.class)
                .hasMessageContaining("declares a DOCTYPE")
                .hasMessageNotContaining("root:");
    }

    @Test
    void shouldRejectBillionLaughsWithoutExpandingIt() {
        assertThatThrownBy(() -> reader.read(bytes(Feeds.BILLION_LAUGHS), "harbour-wire"))
                .isInstanceOf(RejectedInputException.class)
                .hasMessageContaining("declares a DOCTYPE")
                .hasMessageContaining("billion laughs");
    }

    @Test
    void shouldRejectAnHtmlPageAsNoFeed() {
        assertThatThrownBy(() -> reader.read(bytes(Feeds.HTML_PAGE), "harbour-wire"))
                .isInstanceOf(RejectedInputException.class)
                .hasMessageContaining("is an HTML page, not an RSS or Atom feed");
    }

    @Test
    void shouldRejectXmlThatIsNoFeed() {
        assertThatThrownBy(() -> reader.read(bytes("<?xml version=\"1.0\"?><catalog><book/></catalog>"), "x"))
                .isInstanceOf(RejectedInputException.class)
                .hasMessageContaining("not an RSS or Atom feed");
    }

    @Test
    void shouldRejectInvalidUtf8() {
        byte[] feed = bytes(Feeds.HARBOUR_RSS.replace("Northern", "North\u0001ern"));
        int at = Feeds.HARBOUR_RSS.indexOf("North") + 5;
        feed[at] = (byte) 0xC3;
        feed[at + 1] = (byte) 0x28;

        assertThatThrownBy(() -> reader.read(feed, "harbour-wire"))
                .isInstanceOf(RejectedInputException.class)
                .hasMessageContaining("is not well-formed XML")
                .hasMessageContaining("UTF-8");
    }

    @Test
    void shouldRejectAFeedOverTheByteLimit() {
        FeedReader small = new FeedReader(new FormatSettings("x", 100, Clock.systemUTC()));

        assertThatThrownBy(() -> small.read(bytes(Feeds.HARBOUR_RSS), "harbour-wire"))
                .isInstanceOf(RejectedInputException.class)
                .hasMessageContaining("over the limit of 100 bytes");
    }

    private Story readOne(String feed) throws RejectedInputException {
        ParsedStories parsed = reader.read(bytes(feed), "harbour-wire");
        assertThat(parsed.rejections()).isEmpty();
        assertThat(parsed.stories()).hasSize(1);
        return parsed.stories().get(0);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String sha256(String text) throws Exception {
        return HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
