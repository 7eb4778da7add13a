package org.wirewatch.ingest.poller;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.wirewatch.ingest.feed.AddressGuard;
import org.wirewatch.ingest.feed.FeedFetcher;
import org.wirewatch.ingest.feed.FeedReader;
import org.wirewatch.ingest.feed.FeedServer;
import org.wirewatch.ingest.feed.FetchSettings;
import org.wirewatch.ingest.format.FormatSettings;
import org.wirewatch.model.FeedState;
import org.wirewatch.model.RejectedInput;
import org.wirewatch.model.Story;
import org.wirewatch.testkit.MutableClock;

/**
 * Pollers over a real HTTP server on 127.0.0.1, driven tick by tick on a hand-moved clock, that
 * publish into a list instead of Kafka. The schedule has no jitter (the random value is the middle).
 */
final class PollerHarness implements AutoCloseable {

    static final Instant START = Instant.parse("2022-10-17T09:00:00Z");
    static final Duration INTERVAL = Duration.ofMinutes(1);
    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(1);

    /** One transaction: what a fetch published. */
    record Published(String feed, List<Story> stories, List<RejectedInput> rejections, FeedState state) {}

    final FeedServer server = new FeedServer();
    final MutableClock clock = new MutableClock(START);
    final List<Published> published = new CopyOnWriteArrayList<>();
    private final List<FeedPoller> pollers = new CopyOnWriteArrayList<>();

    FeedConfig feed(String name, String path) {
        return new FeedConfig(name, server.url(path), INTERVAL, null, true);
    }

    FeedPoller poller(List<FeedConfig> feeds) {
        return poller(feeds, Optional.empty(), Map.of());
    }

    FeedPoller poller(List<FeedConfig> feeds, Optional<Path> file, Map<String, FeedState> stored) {
        FetchSettings fetch = new FetchSettings(
                AddressGuard.publicOnlyAnd(server.address()), 1 << 20, 3, REQUEST_TIMEOUT, REQUEST_TIMEOUT);
        PollerSettings settings =
                new PollerSettings(feeds, file, fetch, "test", 4, Duration.ofSeconds(1), Duration.ofSeconds(3));
        ExecutorService workers = Executors.newFixedThreadPool(4);
        FeedPoller poller = new FeedPoller(
                settings,
                new FeedPoll(new FeedFetcher(fetch), new FeedReader(FormatSettings.defaults(clock)), clock),
                new FeedSchedule(0.1, Duration.ofHours(1), () -> 0.5),
                (feed, stories, rejections, state) -> published.add(new Published(feed, stories, rejections, state)),
                () -> stored,
                clock,
                workers);
        pollers.add(poller);
        assertThat(poller.loadStates()).isTrue();
        return poller;
    }

    /** Starts every due fetch and waits for them all. */
    static List<String> tickAndWait(FeedPoller poller) throws Exception {
        Map<String, Future<?>> started = poller.tick();
        for (Future<?> fetch : started.values()) {
            fetch.get(30, TimeUnit.SECONDS);
        }
        return List.copyOf(started.keySet());
    }

    List<Published> of(String feed) {
        return published.stream().filter(p -> p.feed().equals(feed)).toList();
    }

    Published last(String feed) {
        List<Published> all = of(feed);
        assertThat(all).as("publishes of %s", feed).isNotEmpty();
        return all.get(all.size() - 1);
    }

    /** The last state published of every feed, as the topic would hold it. */
    Map<String, FeedState> storedStates() {
        Map<String, FeedState> states = new HashMap<>();
        published.forEach(p -> states.put(p.feed(), p.state()));
        return states;
    }

    URI url(String path) {
        return server.url(path);
    }

    @Override
    public void close() {
        pollers.forEach(FeedPoller::close);
        server.close();
    }
}
