package org.wirewatch.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.wirewatch.ingest.format.FormatSettings;
import org.wirewatch.ingest.format.RejectedInputException;

/** Hostile feeds served over real HTTP, fetched and read as the poller will: each is one rejection. */
class HostileFeedsTest {

    private final FeedServer server = new FeedServer();
    private final FeedFetcher fetcher = new FeedFetcher(new FetchSettings(
            AddressGuard.publicOnlyAnd(server.address()), 1 << 20, 3, Duration.ofSeconds(2), Duration.ofSeconds(2)));
    private final FeedReader reader = new FeedReader(FormatSettings.defaults(Clock.systemUTC()));

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void shouldRejectAnExternalEntity() {
        assertThatThrownBy(() -> fetchAndRead(bytes(Feeds.XXE), "application/rss+xml"))
                .isInstanceOf(RejectedInputException.class)
                .hasMessageContaining("external entities (XXE)");
    }

    @Test
    void shouldRejectBillionLaughs() {
        assertThatThrownBy(() -> fetchAndRead(bytes(Feeds.BILLION_LAUGHS), "application/rss+xml"))
                .isInstanceOf(RejectedInputException.class)
                .hasMessageContaining("billion laughs");
    }

    @Test
    void shouldRejectInvalidUtf8() {
        byte[] feed = bytes(Feeds.HARBOUR_RSS);
        feed[Feeds.HARBOUR_RSS.indexOf("Northern")] = (byte) 0xFF;

        assertThatThrownBy(() -> fetchAndRead(feed, "application/rss+xml; charset=utf-8"))
                .isInstanceOf(RejectedInputException.class)
                .hasMessageContaining("UTF-8");
    }

    @Test
    void shouldRejectAnHtmlPageServedInsteadOfTheFeed() {
        assertThatThrownBy(() -> fetchAndRead(bytes(Feeds.HTML_PAGE), "text/html"))
                .isInstanceOf(RejectedInputException.class)
                .hasMessageContaining("is an HTML page, not an RSS or Atom feed");
    }

    @Test
    void shouldReadTheWellFormedFeedFromTheSameServer() throws Exception {
        assertThat(fetchAndRead(bytes(Feeds.HARBOUR_RSS), "application/rss+xml"))
                .isEqualTo(1);
    }

    /** @return how many stories the feed gave */
    private int fetchAndRead(byte[] feed, String contentType) throws RejectedInputException {
        server.handle("/feed", exchange -> FeedServer.respond(exchange, 200, contentType, feed));
        FetchOutcome outcome = fetcher.fetch(server.url("/feed"), FeedVersion.UNKNOWN);
        assertThat(outcome).isInstanceOf(FetchOutcome.Fetched.class);
        return reader.read(((FetchOutcome.Fetched) outcome).body(), "harbour-wire")
                .stories()
                .size();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
