package org.wirewatch.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class FeedFetcherTest {

    private static final int MAX_BYTES = 1024 * 1024;
    private static final String RSS = "application/rss+xml";

    private final FeedServer server = new FeedServer();
    private final CountDownLatch released = new CountDownLatch(1);

    @AfterEach
    void stopServer() {
        released.countDown();
        server.close();
    }

    @Test
    void shouldFetchTheNewCopyWhenTheFeedChanges() {
        AtomicReference<String> feed = new AtomicReference<>(Feeds.HARBOUR_RSS);
        server.handle("/feed", exchange -> FeedServer.respond(exchange, 200, RSS, feed.get()));
        FeedFetcher fetcher = fetcher(MAX_BYTES);

        FetchOutcome first = fetcher.fetch(server.url("/feed"), FeedVersion.UNKNOWN);
        feed.set(Feeds.ATOM);
        FetchOutcome second = fetcher.fetch(server.url("/feed"), FeedVersion.UNKNOWN);

        assertThat(text(first)).isEqualTo(Feeds.HARBOUR_RSS);
        assertThat(text(second)).isEqualTo(Feeds.ATOM);
    }

    @Test
    void shouldAnswerNotModifiedWhenTheEtagStillMatches() {
        List<String> sent = new CopyOnWriteArrayList<>();
        server.handle("/feed", exchange -> {
            String ifNoneMatch = exchange.getRequestHeaders().getFirst("If-None-Match");
            sent.add(String.valueOf(ifNoneMatch));
            exchange.getResponseHeaders().set("ETag", "\"v7\"");
            FeedServer.respond(exchange, "\"v7\"".equals(ifNoneMatch) ? 304 : 200, RSS, Feeds.HARBOUR_RSS);
        });
        FeedFetcher fetcher = fetcher(MAX_BYTES);

        FetchOutcome first = fetcher.fetch(server.url("/feed"), FeedVersion.UNKNOWN);
        FetchOutcome second = fetcher.fetch(server.url("/feed"), ((FetchOutcome.Fetched) first).version());

        assertThat(((FetchOutcome.Fetched) first).version().etag()).isEqualTo("\"v7\"");
        assertThat(second).isEqualTo(new FetchOutcome.NotModified(server.url("/feed")));
        assertThat(sent).containsExactly("null", "\"v7\"");
    }

    @Test
    void shouldAnswerNotModifiedWhenNotModifiedSinceTheLastFetch() {
        String lastModified = "Mon, 17 Oct 2022 08:00:00 GMT";
        server.handle("/feed", exchange -> {
            exchange.getResponseHeaders().set("Last-Modified", lastModified);
            boolean current = lastModified.equals(exchange.getRequestHeaders().getFirst("If-Modified-Since"));
            FeedServer.respond(exchange, current ? 304 : 200, RSS, Feeds.HARBOUR_RSS);
        });
        FeedFetcher fetcher = fetcher(MAX_BYTES);

        FetchOutcome first = fetcher.fetch(server.url("/feed"), FeedVersion.UNKNOWN);
        FetchOutcome second = fetcher.fetch(server.url("/feed"), ((FetchOutcome.Fetched) first).version());

        assertThat(((FetchOutcome.Fetched) first).version()).isEqualTo(new FeedVersion(null, lastModified));
        assertThat(second).isInstanceOf(FetchOutcome.NotModified.class);
    }

    @Test
    void shouldFailWithTheStatusOfAServerError() {
        server.handle("/feed", exchange -> FeedServer.respond(exchange, 500, "text/plain", "database down"));

        assertThat(reason(fetcher(MAX_BYTES).fetch(server.url("/feed"), FeedVersion.UNKNOWN)))
                .contains("answered HTTP 500");
    }

    @Test
    void shouldFailAFetchFromAServerThatHangsAndKeepFetching() {
        server.handle("/hang", exchange -> {
            try {
                released.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        server.handle("/feed", exchange -> FeedServer.respond(exchange, 200, RSS, Feeds.HARBOUR_RSS));
        FeedFetcher fetcher = fetcher(MAX_BYTES);

        FetchOutcome hung = fetcher.fetch(server.url("/hang"), FeedVersion.UNKNOWN);
        FetchOutcome next = fetcher.fetch(server.url("/feed"), FeedVersion.UNKNOWN);

        assertThat(reason(hung)).contains("no answer from " + server.url("/hang") + " in time");
        assertThat(text(next)).isEqualTo(Feeds.HARBOUR_RSS);
    }

    @Test
    @Timeout(30) // a safety net for the build should the fetch hang; the assertion is the outcome
    void shouldFailAFetchWhoseBodyStallsAndKeepFetching() {
        server.handle("/stall", exchange -> {
            exchange.sendResponseHeaders(200, 10_000);
            exchange.getResponseBody().write(new byte[100]);
            exchange.getResponseBody().flush();
            try {
                released.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        server.handle("/feed", exchange -> FeedServer.respond(exchange, 200, RSS, Feeds.HARBOUR_RSS));
        FeedFetcher fetcher = fetcher(MAX_BYTES);

        FetchOutcome stalled = fetcher.fetch(server.url("/stall"), FeedVersion.UNKNOWN);
        FetchOutcome next = fetcher.fetch(server.url("/feed"), FeedVersion.UNKNOWN);

        assertThat(reason(stalled)).contains("did not send its whole body within");
        assertThat(text(next)).isEqualTo(Feeds.HARBOUR_RSS);
    }

    @Test
    void shouldFollowRedirectsWithinTheLimit() {
        server.handle("/old", exchange -> FeedServer.redirect(exchange, "/older"))
                .handle(
                        "/older",
                        exchange -> FeedServer.redirect(
                                exchange, server.url("/oldest").toString()))
                .handle("/oldest", exchange -> FeedServer.redirect(exchange, "feed"))
                .handle("/feed", exchange -> FeedServer.respond(exchange, 200, RSS, Feeds.HARBOUR_RSS));

        FetchOutcome outcome = fetcher(MAX_BYTES).fetch(server.url("/old"), FeedVersion.UNKNOWN);

        assertThat(outcome.url()).isEqualTo(server.url("/feed"));
        assertThat(text(outcome)).isEqualTo(Feeds.HARBOUR_RSS);
    }

    @Test
    void shouldRefuseMoreRedirectsThanTheLimit() {
        AtomicLong hops = new AtomicLong();
        server.handle("/loop", exchange -> FeedServer.redirect(exchange, "/loop?hop=" + hops.incrementAndGet()));

        FetchOutcome outcome = fetcher(MAX_BYTES).fetch(server.url("/loop"), FeedVersion.UNKNOWN);

        assertThat(reason(outcome)).contains("more than 3 redirects");
        assertThat(hops).hasValue(4);
    }

    @Test
    void shouldRefuseARedirectToAnotherLoopbackAddressAtTheHop() {
        int port = server.address().getPort();
        server.handle("/away", exchange -> FeedServer.redirect(exchange, "http://127.0.0.2:" + port + "/feed"));

        FetchOutcome outcome = fetcher(MAX_BYTES).fetch(server.url("/away"), FeedVersion.UNKNOWN);

        assertThat(outcome.url()).hasToString("http://127.0.0.2:" + port + "/feed");
        assertThat(reason(outcome)).contains("refused", "127.0.0.2, a loopback address");
    }

    @Test
    void shouldRefuseARedirectToAPrivateAddressAtTheHop() {
        server.handle("/intranet", exchange -> FeedServer.redirect(exchange, "http://10.0.0.1/admin/feed"));

        FetchOutcome outcome = fetcher(MAX_BYTES).fetch(server.url("/intranet"), FeedVersion.UNKNOWN);

        assertThat(reason(outcome)).contains("refused http://10.0.0.1/admin/feed", "a private address");
    }

    @Test
    void shouldRefuseALoopbackFeedByDefault() {
        server.handle("/feed", exchange -> FeedServer.respond(exchange, 200, RSS, Feeds.HARBOUR_RSS));

        FetchOutcome outcome = new FeedFetcher(settings(MAX_BYTES).withGuard(AddressGuard.publicOnly()))
                .fetch(server.url("/feed"), FeedVersion.UNKNOWN);

        assertThat(reason(outcome)).contains("a loopback address");
    }

    @Test
    void shouldFetchALoopbackFeedWhenPrivateAddressesAreAllowed() {
        server.handle("/feed", exchange -> FeedServer.respond(exchange, 200, RSS, Feeds.HARBOUR_RSS));

        FetchOutcome outcome = new FeedFetcher(settings(MAX_BYTES).withGuard(AddressGuard.allowingPrivate()))
                .fetch(server.url("/feed"), FeedVersion.UNKNOWN);

        assertThat(text(outcome)).isEqualTo(Feeds.HARBOUR_RSS);
    }

    @Test
    void shouldAskForGzipAndInflateIt() {
        AtomicReference<String> acceptEncoding = new AtomicReference<>();
        server.handle("/feed", exchange -> {
            acceptEncoding.set(exchange.getRequestHeaders().getFirst("Accept-Encoding"));
            exchange.getResponseHeaders().set("Content-Encoding", "gzip");
            FeedServer.respond(exchange, 200, RSS, gzip(Feeds.HARBOUR_RSS.getBytes(StandardCharsets.UTF_8)));
        });

        FetchOutcome outcome = fetcher(MAX_BYTES).fetch(server.url("/feed"), FeedVersion.UNKNOWN);

        assertThat(acceptEncoding).hasValue("gzip");
        assertThat(text(outcome)).isEqualTo(Feeds.HARBOUR_RSS);
    }

    @Test
    void shouldRejectABodyDeclaredGzipThatIsNot() {
        server.handle("/feed", exchange -> {
            exchange.getResponseHeaders().set("Content-Encoding", "gzip");
            FeedServer.respond(exchange, 200, RSS, Feeds.HARBOUR_RSS);
        });

        assertThat(reason(fetcher(MAX_BYTES).fetch(server.url("/feed"), FeedVersion.UNKNOWN)))
                .contains("declared gzip but is not valid gzip");
    }

    @Test
    void shouldRefuseAGzipBombWithoutInflatingIt() {
        // 1 GiB of zeros, compressed while it is sent (about 1 MiB on the wire); the fetcher stops
        // after inflating its limit, so the handler ends early on a closed connection.
        server.handle("/bomb", FeedServer::gzipBomb);

        FetchOutcome outcome = fetcher(2 * MAX_BYTES).fetch(server.url("/bomb"), FeedVersion.UNKNOWN);

        assertThat(reason(outcome)).contains("inflates to more than the limit of 2097152 bytes", "compression bomb");
    }

    @Test
    void shouldStopReadingAHugeBodyPastTheLimit() {
        long hundredMegabytes = 100L * 1024 * 1024;
        AtomicLong written = new AtomicLong();
        AtomicBoolean handlerDone = new AtomicBoolean();
        server.handle("/huge", exchange -> {
            exchange.sendResponseHeaders(200, hundredMegabytes);
            byte[] chunk = new byte[1 << 16];
            try (OutputStream out = exchange.getResponseBody()) {
                while (written.get() < hundredMegabytes) {
                    out.write(chunk);
                    written.addAndGet(chunk.length);
                }
            } catch (IOException clientLeft) {
                // expected: the client closes the connection once past its limit
            } finally {
                handlerDone.set(true);
            }
        });

        FetchOutcome outcome = fetcher(MAX_BYTES).fetch(server.url("/huge"), FeedVersion.UNKNOWN);

        assertThat(reason(outcome)).contains("larger than the limit of 1048576 bytes");
        await().atMost(Duration.ofSeconds(20)).untilTrue(handlerDone);
        // Beyond the limit only what socket buffers took in flight was sent, far below 100 MB.
        assertThat(written.get()).isLessThan(hundredMegabytes / 4);
    }

    @Test
    void shouldRefuseAnEncodingThatWasNotAskedFor() {
        server.handle("/feed", exchange -> {
            exchange.getResponseHeaders().set("Content-Encoding", "br");
            FeedServer.respond(exchange, 200, RSS, Feeds.HARBOUR_RSS);
        });

        assertThat(reason(fetcher(MAX_BYTES).fetch(server.url("/feed"), FeedVersion.UNKNOWN)))
                .contains("encoded as 'br', which was not asked for");
    }

    private FetchSettings settings(int maxBytes) {
        return new FetchSettings(
                AddressGuard.publicOnlyAnd(server.address()),
                maxBytes,
                3,
                Duration.ofSeconds(2),
                Duration.ofMillis(500));
    }

    private FeedFetcher fetcher(int maxBytes) {
        return new FeedFetcher(settings(maxBytes));
    }

    private static String text(FetchOutcome outcome) {
        assertThat(outcome).isInstanceOf(FetchOutcome.Fetched.class);
        return new String(((FetchOutcome.Fetched) outcome).body(), StandardCharsets.UTF_8);
    }

    private static String reason(FetchOutcome outcome) {
        assertThat(outcome).isInstanceOf(FetchOutcome.Failed.class);
        return ((FetchOutcome.Failed) outcome).reason();
    }

    private static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(compressed)) {
            out.write(bytes);
        }
        return compressed.toByteArray();
    }
}
