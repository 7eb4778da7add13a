package org.wirewatch.ingest.poller;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.wirewatch.broker.KafkaBroker;
import org.wirewatch.ingest.IngestService;
import org.wirewatch.ingest.IngestSettings;
import org.wirewatch.ingest.feed.AddressGuard;
import org.wirewatch.ingest.feed.FeedServer;
import org.wirewatch.ingest.feed.Feeds;
import org.wirewatch.ingest.feed.FetchSettings;
import org.wirewatch.model.FeedState;
import org.wirewatch.model.RejectedInput;
import org.wirewatch.model.Story;
import org.wirewatch.model.topics.TopicProvisioner;
import org.wirewatch.model.topics.Topics;
import org.wirewatch.testkit.KafkaBrokerExtension;
import org.wirewatch.testkit.TopicTail;

/**
 * The feed poller inside the ingest service against a real broker and real HTTP on 127.0.0.1.
 * The broker's topics are shared with other tests: every feed name and item id here carries this
 * test's token.
 */
@ExtendWith(KafkaBrokerExtension.class)
class FeedPollerIT {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final String RSS = "application/rss+xml";

    private final String token = UUID.randomUUID().toString().substring(0, 8);
    private final String bootstrapServers;
    private final FeedServer server = new FeedServer();

    @TempDir
    Path dir;

    FeedPollerIT(KafkaBroker broker) {
        this.bootstrapServers = broker.bootstrapServers();
    }

    @BeforeAll
    static void createTopics(KafkaBroker broker) {
        TopicProvisioner.ensure(
                broker.bootstrapServers(),
                List.of(Topics.STORIES_RAW, Topics.STORIES_REJECTED, Topics.FEED_STATE),
                Optional.of((short) 1));
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void shouldPublishNothingAgainWhenRestartedOnTheSameTopics() throws Exception {
        // Given a feed of two items (no ETag, so every fetch downloads both) read by a first run
        String feed = "harbour-" + token;
        server.handle("/feed", exchange -> FeedServer.respond(exchange, 200, RSS, Feeds.rss(item("1") + item("2"))));
        List<FeedConfig> feeds = List.of(new FeedConfig(feed, server.url("/feed"), Duration.ofMinutes(1), null, true));
        try (IngestService first = started(feeds, Optional.empty(), "first")) {
            await().atMost(WAIT).until(() -> published(first, feed) == 2);
        }

        // When a second run starts, reads the stored state and fetches the feed again
        try (IngestService restarted = started(feeds, Optional.empty(), "second");
                TopicTail<String, Story> stories = new TopicTail<>(bootstrapServers, Topics.STORIES_RAW)) {
            await().atMost(WAIT).until(() -> duplicates(restarted, feed) == 2);

            // Then the two stories are on stories.raw once each, and the stored state says so
            assertThat(stories.readToEnd())
                    .filteredOn(this::isMine)
                    .extracting(ConsumerRecord::key)
                    .containsExactlyInAnyOrder(id("1"), id("2"));
            FeedState stored =
                    FeedStates.read(bootstrapServers, Duration.ofSeconds(10)).get(feed);
            assertThat(stored.published()).isEqualTo(2);
            assertThat(stored.duplicates()).isEqualTo(2);
            assertThat(stored.seenIds()).containsExactly(id("1"), id("2"));
        }
    }

    @Test
    void shouldPollAFeedAddedToTheFileWithoutARestart() throws Exception {
        // Given a running ingest with a feeds file of one feed
        server.handle("/feed", exchange -> FeedServer.respond(exchange, 200, RSS, Feeds.rss(item("1"))))
                .handle("/late", exchange -> FeedServer.respond(exchange, 200, RSS, Feeds.rss(item("late"))))
                .handle("/xxe", exchange -> FeedServer.respond(exchange, 200, RSS, Feeds.XXE));
        Path file = dir.resolve("feeds.json");
        Files.writeString(file, feedsJson(entry("harbour-" + token, "/feed")));
        try (IngestService ingest = started(List.of(), Optional.of(file), "reload");
                TopicTail<String, Story> stories = new TopicTail<>(bootstrapServers, Topics.STORIES_RAW);
                TopicTail<String, RejectedInput> rejected =
                        new TopicTail<>(bootstrapServers, Topics.STORIES_REJECTED)) {
            await().atMost(WAIT).until(() -> published(ingest, "harbour-" + token) == 1);

            // When a good feed and a hostile one are added to the file
            Files.writeString(
                    file,
                    feedsJson(entry("harbour-" + token, "/feed") + "," + entry("late-" + token, "/late") + ","
                            + entry("hostile-" + token, "/xxe")));
            Files.setLastModifiedTime(
                    file, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 5_000));

            // Then the good one's story reaches stories.raw and the hostile one's rejection stories.rejected
            await().atMost(WAIT).until(() -> stories.read(this::isMine), records -> records.size() == 2);
            ConsumerRecord<String, RejectedInput> rejection = await().atMost(WAIT)
                    .until(
                            () -> rejected.read(r -> r.key().equals("feed:hostile-" + token)),
                            records -> records.size() == 1)
                    .get(0);
            assertThat(rejection.value().reason()).contains("external entities (XXE)");
            assertThat(rejection.value().payload()).contains("<!ENTITY secret SYSTEM");
            assertThat(ingest.isRunning()).isTrue();
        }
    }

    private IngestService started(List<FeedConfig> feeds, Optional<Path> file, String run) {
        FetchSettings fetch = new FetchSettings(
                AddressGuard.publicOnlyAnd(server.address()), 1 << 20, 3, Duration.ofSeconds(2), Duration.ofSeconds(2));
        PollerSettings poller = new PollerSettings(
                feeds, file, fetch, "it-" + token + "-" + run, 2, Duration.ofMillis(100), Duration.ofMillis(200));
        IngestService ingest = new IngestService(new IngestSettings(
                        bootstrapServers,
                        dir.resolve("inbox-" + run),
                        Duration.ofMillis(50),
                        1024 * 1024,
                        "inbox",
                        Duration.ofSeconds(15),
                        Clock.systemUTC())
                .withFeeds(poller));
        ingest.start();
        return ingest;
    }

    private static long published(IngestService ingest, String feed) {
        FeedState state = ingest.feedStates().get(feed);
        return state == null ? -1 : state.published();
    }

    private static long duplicates(IngestService ingest, String feed) {
        FeedState state = ingest.feedStates().get(feed);
        return state == null ? -1 : state.duplicates();
    }

    private String entry(String name, String path) {
        return "{\"name\": \"%s\", \"url\": \"%s\", \"interval\": \"PT1M\"}".formatted(name, server.url(path));
    }

    private static String feedsJson(String entries) {
        return "{\"feeds\": [" + entries + "]}";
    }

    private String id(String n) {
        return "urn:test:" + token + ":" + n;
    }

    private String item(String n) {
        return Feeds.rssItem(id(n), "Harbour story " + n, "Mon, 17 Oct 2022 08:00:00 GMT");
    }

    private boolean isMine(ConsumerRecord<String, Story> record) {
        return record.key().startsWith("urn:test:" + token + ":");
    }
}
