package org.wirewatch.ingest.poller;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wirewatch.ingest.poller.PollerHarness.tickAndWait;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wirewatch.ingest.feed.FeedServer;
import org.wirewatch.ingest.feed.Feeds;

/** The feeds file edited while the poller runs: each edit applied without a restart, a broken one ignored. */
class FeedsReloadTest {

    private static final Duration RELOAD_CHECK = Duration.ofSeconds(3);

    private final PollerHarness harness = new PollerHarness();
    private final AtomicLong modified = new AtomicLong(1_000_000);

    @TempDir
    Path dir;

    @AfterEach
    void stop() {
        harness.close();
    }

    @Test
    void shouldStartAddedFeedsStopRemovedOnesAndKeepTheFeedsWhenTheFileBreaks() throws Exception {
        // Given a poller of a file with one feed
        harness.server
                .handle(
                        "/harbour",
                        exchange -> FeedServer.respond(exchange, 200, "application/rss+xml", Feeds.HARBOUR_RSS))
                .handle("/courier", exchange -> FeedServer.respond(exchange, 200, "application/atom+xml", Feeds.ATOM));
        Path file = dir.resolve("feeds.json");
        write(file, feed("harbour", "/harbour", true));
        FeedPoller poller = harness.poller(List.of(), Optional.of(file), Map.of());
        assertThat(tickAndWait(poller)).containsExactly("harbour");

        // When a second feed is added
        write(file, feed("harbour", "/harbour", true) + "," + feed("courier", "/courier", true));
        harness.clock.advance(RELOAD_CHECK);

        // Then it is fetched at once
        assertThat(tickAndWait(poller)).containsExactly("courier");
        assertThat(harness.last("courier").stories()).hasSize(1);

        // When the file is broken, the feeds stay as they were
        write(file, feed("harbour", "/harbour", true) + ",");
        harness.clock.advance(RELOAD_CHECK);
        tickAndWait(poller);
        assertThat(poller.states()).containsOnlyKeys("harbour", "courier");

        // When one feed is disabled and the other removed, neither is fetched any more
        write(file, feed("courier", "/courier", false));
        harness.clock.advance(PollerHarness.INTERVAL.multipliedBy(2));
        assertThat(tickAndWait(poller)).isEmpty();
        assertThat(poller.states()).containsOnlyKeys("courier");

        // When it is enabled again, it is fetched at once
        write(file, feed("courier", "/courier", true));
        harness.clock.advance(RELOAD_CHECK);
        assertThat(tickAndWait(poller)).containsExactly("courier");
    }

    private String feed(String name, String path, boolean enabled) {
        return "{\"name\": \"%s\", \"url\": \"%s\", \"interval\": \"PT1M\", \"enabled\": %s}"
                .formatted(name, harness.url(path), enabled);
    }

    /** Writes the file with a modification time of its own, whatever the file system's resolution. */
    private void write(Path file, String feeds) throws Exception {
        Files.writeString(file, "{\"feeds\": [" + feeds + "]}");
        Files.setLastModifiedTime(file, FileTime.fromMillis(modified.addAndGet(1_000)));
    }
}
