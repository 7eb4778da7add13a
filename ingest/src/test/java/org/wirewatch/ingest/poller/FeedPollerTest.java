package org.wirewatch.ingest.poller;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wirewatch.ingest.poller.PollerHarness.INTERVAL;
import static org.wirewatch.ingest.poller.PollerHarness.START;
import static org.wirewatch.ingest.poller.PollerHarness.tickAndWait;

import com.sun.net.httpserver.HttpHandler;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.wirewatch.ingest.feed.FeedServer;
import org.wirewatch.ingest.feed.Feeds;
import org.wirewatch.model.FeedState;
import org.wirewatch.model.RejectedInput;
import org.wirewatch.model.Story;

class FeedPollerTest {

    private static final String RSS = "application/rss+xml";
    private static final String MONDAY = "Mon, 17 Oct 2022 08:00:00 GMT";

    private final PollerHarness harness = new PollerHarness();
    private final CountDownLatch released = new CountDownLatch(1);

    @AfterEach
    void stop() {
        released.countDown();
        harness.close();
    }

    @Test
    void shouldPublishOnlyTheNewItemsWhenTheFeedChanges() throws Exception {
        // Given a feed of two items, fetched once
        AtomicReference<String> feed = new AtomicReference<>(Feeds.rss(item("hw-1") + item("hw-2")));
        serve("/feed", feed);
        FeedPoller poller = harness.poller(List.of(harness.feed("harbour", "/feed")));
        tickAndWait(poller);

        // When a third item appears and the feed is due again
        feed.set(Feeds.rss(item("hw-3") + item("hw-2") + item("hw-1")));
        harness.clock.advance(INTERVAL);
        tickAndWait(poller);

        // Then only the third is published the second time, the other two counted as duplicates
        assertThat(harness.of("harbour")).hasSize(2);
        assertThat(ids(harness.of("harbour").get(0).stories())).containsExactly("hw-1", "hw-2");
        assertThat(ids(harness.last("harbour").stories())).containsExactly("hw-3");
        FeedState state = harness.last("harbour").state();
        assertThat(state.fetched()).isEqualTo(5);
        assertThat(state.published()).isEqualTo(3);
        assertThat(state.duplicates()).isEqualTo(2);
        assertThat(state.seenIds()).containsExactly("hw-1", "hw-2", "hw-3");
        assertThat(harness.last("harbour").stories().get(0).source()).isEqualTo("harbour");
    }

    @Test
    void shouldPublishNothingOnNotModifiedAndKeepTheVersion() throws Exception {
        // Given a server that answers 304 to the ETag it sent
        AtomicInteger notModified = new AtomicInteger();
        harness.server.handle("/feed", exchange -> {
            exchange.getResponseHeaders().set("ETag", "\"v7\"");
            boolean current = "\"v7\"".equals(exchange.getRequestHeaders().getFirst("If-None-Match"));
            if (current) {
                notModified.incrementAndGet();
            }
            FeedServer.respond(exchange, current ? 304 : 200, RSS, Feeds.HARBOUR_RSS);
        });
        FeedPoller poller = harness.poller(List.of(harness.feed("harbour", "/feed")));

        // When it is fetched twice
        tickAndWait(poller);
        harness.clock.advance(INTERVAL);
        tickAndWait(poller);

        // Then the second fetch sent the ETag, got a 304 and published no story, only the state
        assertThat(notModified).hasValue(1);
        PollerHarness.Published second = harness.last("harbour");
        assertThat(second.stories()).isEmpty();
        assertThat(second.rejections()).isEmpty();
        assertThat(second.state().etag()).isEqualTo("\"v7\"");
        assertThat(second.state().lastSuccessAt()).isEqualTo(START.plus(INTERVAL));
        assertThat(second.state().lastStoryAt()).isEqualTo(START);
        assertThat(second.state().published()).isEqualTo(1);
    }

    @Test
    void shouldBackOffWhileTheServerFailsAndResetOnRecovery() throws Exception {
        // Given a server that fails with 500
        AtomicInteger status = new AtomicInteger(500);
        harness.server.handle("/feed", exchange -> FeedServer.respond(exchange, status.get(), RSS, Feeds.HARBOUR_RSS));
        FeedPoller poller = harness.poller(List.of(harness.feed("harbour", "/feed")));

        // When it fails once, the next fetch is two intervals later, not one
        tickAndWait(poller);
        assertThat(poller.dueAt("harbour")).contains(START.plus(INTERVAL.multipliedBy(2)));
        harness.clock.advance(INTERVAL);
        assertThat(tickAndWait(poller)).isEmpty();

        // And after a second failure, four intervals
        harness.clock.advance(INTERVAL);
        assertThat(tickAndWait(poller)).containsExactly("harbour");
        assertThat(poller.dueAt("harbour")).contains(START.plus(INTERVAL.multipliedBy(6)));
        RejectedInput rejection = harness.last("harbour").rejections().get(0);
        assertThat(rejection.origin()).isEqualTo("feed:harbour");
        assertThat(rejection.reason()).contains("answered HTTP 500");
        assertThat(harness.last("harbour").state().consecutiveFailures()).isEqualTo(2);

        // Then once the server recovers, the feed is read and the interval is back to one
        status.set(200);
        harness.clock.advance(INTERVAL.multipliedBy(4));
        assertThat(tickAndWait(poller)).containsExactly("harbour");
        assertThat(harness.last("harbour").stories()).hasSize(1);
        assertThat(harness.last("harbour").state().consecutiveFailures()).isZero();
        assertThat(harness.last("harbour").state().lastError()).isNull();
        assertThat(harness.last("harbour").state().rejected()).isEqualTo(2);
        assertThat(poller.dueAt("harbour")).contains(START.plus(INTERVAL.multipliedBy(7)));
    }

    @Test
    void shouldWaitAsLongAsAnOverloadedServerAsksWhenThatIsLongerThanTheBackoff() throws Exception {
        // Given a server that answers 503 and asks for ten minutes
        harness.server.handle("/feed", exchange -> {
            exchange.getResponseHeaders().set("Retry-After", "600");
            FeedServer.respond(exchange, 503, "text/plain", "overloaded");
        });
        FeedPoller poller = harness.poller(List.of(harness.feed("harbour", "/feed")));

        // When it is fetched
        tickAndWait(poller);

        // Then the next fetch is ten minutes later, not the two of the backoff
        assertThat(poller.dueAt("harbour")).contains(START.plus(Duration.ofMinutes(10)));
        assertThat(harness.last("harbour").rejections().get(0).reason())
                .contains("answered HTTP 503", "retry after 600 s");
    }

    @Test
    void shouldKeepPublishingAGoodFeedWhileAnotherHangs() throws Exception {
        // Given a server that never answers on one path
        harness.server.handle("/hang", exchange -> awaitRelease());
        serve("/feed", new AtomicReference<>(Feeds.HARBOUR_RSS));
        FeedPoller poller = harness.poller(List.of(harness.feed("stuck", "/hang"), harness.feed("harbour", "/feed")));

        // When both are due
        Map<String, Future<?>> started = poller.tick();

        // Then the good feed is published while the other still waits, and the wait ends in a rejection
        started.get("harbour").get(30, TimeUnit.SECONDS);
        assertThat(harness.last("harbour").stories()).hasSize(1);
        started.get("stuck").get(30, TimeUnit.SECONDS);
        assertThat(harness.last("stuck").rejections())
                .singleElement()
                .satisfies(rejection -> assertThat(rejection.reason()).contains("no answer from", "in time"));
    }

    @Test
    void shouldFollowARedirectToTheFeed() throws Exception {
        harness.server.handle("/moved", exchange -> FeedServer.redirect(exchange, "/feed"));
        serve("/feed", new AtomicReference<>(Feeds.HARBOUR_RSS));
        FeedPoller poller = harness.poller(List.of(harness.feed("harbour", "/moved")));

        tickAndWait(poller);

        assertThat(ids(harness.last("harbour").stories())).containsExactly("hw-1001");
    }

    static Stream<Arguments> hostileFeeds() {
        return Stream.of(
                Arguments.of("external entity (XXE)", xml(Feeds.XXE), "external entities (XXE)"),
                Arguments.of("billion laughs", xml(Feeds.BILLION_LAUGHS), "billion laughs"),
                Arguments.of("compression bomb", (HttpHandler) FeedServer::gzipBomb, "compression bomb"),
                Arguments.of(
                        "100 MB body",
                        (HttpHandler) exchange -> FeedServer.hugeBody(exchange, 100L * 1024 * 1024),
                        "larger than the limit of 1048576 bytes"),
                Arguments.of("invalid UTF-8", badUtf8(), "UTF-8"),
                Arguments.of(
                        "redirect to another loopback address",
                        (HttpHandler) exchange -> FeedServer.redirect(
                                exchange,
                                "http://127.0.0.2:" + exchange.getLocalAddress().getPort() + "/feed"),
                        "127.0.0.2, a loopback address"),
                Arguments.of(
                        "redirect to a private address",
                        (HttpHandler) exchange -> FeedServer.redirect(exchange, "http://10.0.0.1/admin/feed"),
                        "a private address"),
                Arguments.of("HTML page", xml(Feeds.HTML_PAGE), "is an HTML page, not an RSS or Atom feed"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileFeeds")
    void shouldRejectAHostileFeedWithAReasonAndKeepPublishingTheGoodOne(
            String description, HttpHandler hostile, String reason) throws Exception {
        // Given a hostile feed next to a good one
        harness.server.handle("/hostile", hostile);
        serve("/feed", new AtomicReference<>(Feeds.HARBOUR_RSS));
        FeedPoller poller =
                harness.poller(List.of(harness.feed("hostile", "/hostile"), harness.feed("harbour", "/feed")));

        // When both are fetched
        tickAndWait(poller);

        // Then the hostile one costs one rejection with the reason and a failure; the good one is published
        PollerHarness.Published rejected = harness.last("hostile");
        assertThat(rejected.stories()).isEmpty();
        assertThat(rejected.rejections()).singleElement().satisfies(rejection -> {
            assertThat(rejection.origin()).isEqualTo("feed:hostile");
            assertThat(rejection.reason()).contains(reason);
            assertThat(rejection.payload().length()).isLessThanOrEqualTo(RejectedInput.MAX_PAYLOAD_CHARS);
        });
        assertThat(rejected.state().consecutiveFailures()).isEqualTo(1);
        assertThat(rejected.state().lastError()).contains(reason);
        assertThat(ids(harness.last("harbour").stories())).containsExactly("hw-1001");
    }

    @Test
    void shouldRejectAnUnreadableItemAndPublishTheOthers() throws Exception {
        // Given a feed whose second item has no date
        String undated =
                Feeds.rssItem("hw-2", "Ferry strike called off", MONDAY).replaceAll("<pubDate>.*</pubDate>", "");
        serve("/feed", new AtomicReference<>(Feeds.rss(item("hw-1") + undated)));
        FeedPoller poller = harness.poller(List.of(harness.feed("harbour", "/feed")));

        // When it is fetched
        tickAndWait(poller);

        // Then the first item is a story and the second a rejection naming it
        PollerHarness.Published fetch = harness.last("harbour");
        assertThat(ids(fetch.stories())).containsExactly("hw-1");
        assertThat(fetch.rejections()).singleElement().satisfies(rejection -> {
            assertThat(rejection.origin()).isEqualTo("feed:harbour#item=2");
            assertThat(rejection.reason()).contains("has no date");
            assertThat(rejection.payload()).contains("Ferry strike called off");
        });
        assertThat(fetch.state().rejected()).isEqualTo(1);
        assertThat(fetch.state().consecutiveFailures()).isZero();
    }

    @Test
    void shouldRejectAStoryTooLargeForKafkaOnceAndPublishTheOthers() throws Exception {
        // Given a feed (sending no version) with an item of just over 1 MB of text (the feed within the 1 MiB fetch
        // limit) next to an ordinary one
        String huge = item("hw-huge").replace("The harbour authority said", "Harbour ".repeat(125_500));
        serve("/feed", new AtomicReference<>(Feeds.rss(huge + item("hw-1"))));
        FeedPoller poller = harness.poller(List.of(harness.feed("harbour", "/feed")));

        // When it is fetched twice
        tickAndWait(poller);
        harness.clock.advance(INTERVAL);
        tickAndWait(poller);

        // Then the large one is rejected once, with a truncated payload, and the other published
        PollerHarness.Published first = harness.of("harbour").get(0);
        assertThat(ids(first.stories())).containsExactly("hw-1");
        assertThat(first.rejections()).singleElement().satisfies(rejection -> {
            assertThat(rejection.origin()).isEqualTo("feed:harbour#id=hw-huge");
            assertThat(rejection.reason()).contains("over the limit of 1000000 bytes of a Kafka record");
            assertThat(rejection.payload()).hasSize(RejectedInput.MAX_PAYLOAD_CHARS);
        });
        assertThat(harness.last("harbour").rejections()).isEmpty();
        assertThat(harness.last("harbour").state().duplicates()).isEqualTo(2);
    }

    @Test
    void shouldGiveTheConfiguredLanguageToItemsOfAFeedThatDeclaresNone() throws Exception {
        serve("/feed", new AtomicReference<>(Feeds.HARBOUR_RSS.replace("<language>en-GB</language>", "")));
        FeedConfig german = new FeedConfig("kurier", harness.url("/feed"), INTERVAL, "de-AT", true);
        FeedPoller poller = harness.poller(List.of(german));

        tickAndWait(poller);

        assertThat(harness.last("kurier").stories()).singleElement().satisfies(story -> {
            assertThat(story.language()).isEqualTo("de");
            assertThat(story.source()).isEqualTo("kurier");
        });
    }

    @Test
    void shouldPublishNothingAgainAfterARestartFromTheStoredStates() throws Exception {
        // Given a feed read by a first poller, on a server that sends no version (no 304 possible)
        serve("/feed", new AtomicReference<>(Feeds.rss(item("hw-1") + item("hw-2"))));
        tickAndWait(harness.poller(List.of(harness.feed("harbour", "/feed"))));
        assertThat(harness.last("harbour").stories()).hasSize(2);

        // When a new poller starts from the states the first one published
        FeedPoller restarted = harness.poller(
                List.of(harness.feed("harbour", "/feed")), java.util.Optional.empty(), harness.storedStates());
        tickAndWait(restarted);

        // Then it fetches the feed again and publishes no story of it
        assertThat(harness.of("harbour")).hasSize(2);
        assertThat(harness.last("harbour").stories()).isEmpty();
        assertThat(harness.last("harbour").state().duplicates()).isEqualTo(2);
    }

    private void serve(String path, AtomicReference<String> feed) {
        harness.server.handle(path, exchange -> FeedServer.respond(exchange, 200, RSS, feed.get()));
    }

    private void awaitRelease() {
        try {
            released.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static HttpHandler xml(String body) {
        return exchange -> FeedServer.respond(exchange, 200, RSS, body);
    }

    private static HttpHandler badUtf8() {
        byte[] feed = Feeds.HARBOUR_RSS.getBytes(StandardCharsets.UTF_8);
        feed[Feeds.HARBOUR_RSS.indexOf("Northern")] = (byte) 0xFF;
        return exchange -> FeedServer.respond(exchange, 200, RSS + "; charset=utf-8", feed);
    }

    private static String item(String guid) {
        return Feeds.rssItem(guid, "Harbour story " + guid, MONDAY);
    }

    private static List<String> ids(List<Story> stories) {
        return stories.stream().map(Story::id).toList();
    }
}
