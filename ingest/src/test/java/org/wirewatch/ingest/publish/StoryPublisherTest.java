package org.wirewatch.ingest.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.TimeoutException;
import org.junit.jupiter.api.Test;
import org.wirewatch.ingest.canon.CanonicalStories;
import org.wirewatch.model.RejectedInput;
import org.wirewatch.model.Story;
import org.wirewatch.model.topics.Topics;

class StoryPublisherTest {

    private static final Instant PUBLISHED = Instant.parse("2022-10-10T09:42:00Z");
    private static final Instant NOW = Instant.parse("2024-05-01T12:00:00Z");

    private final MockProducer<String, Story> stories = new MockProducer<>(
            true,
            null,
            Topics.STORIES_RAW.keySerde().serializer(),
            Topics.STORIES_RAW.valueSerde().serializer());
    private final MockProducer<String, RejectedInput> rejections = new MockProducer<>(
            true,
            null,
            Topics.STORIES_REJECTED.keySerde().serializer(),
            Topics.STORIES_REJECTED.valueSerde().serializer());
    private final StoryPublisher publisher = new StoryPublisher(stories, rejections, Duration.ofSeconds(5));

    @Test
    void shouldKeyStoriesByIdOnStoriesRaw() throws Exception {
        // When
        publisher.publishStories(List.of(
                story("urn:test:iran-denial"),
                story("urn:test:kremlin-comment", "The Kremlin declined to comment on the drones.")));

        // Then
        assertThat(stories.history())
                .extracting(ProducerRecord::topic, ProducerRecord::key)
                .containsExactly(
                        tuple("stories.raw", "urn:test:iran-denial"), tuple("stories.raw", "urn:test:kremlin-comment"));
        assertThat(publisher.counts()).isEqualTo(new PublishCounts(2, 0, 0, 0, 0));
    }

    @Test
    void shouldKeyRejectionsByOriginOnStoriesRejected() throws Exception {
        // When
        publisher.publishRejections(List.of(new RejectedInput("inbox:feed.xml", "unsupported", "<rss/>", 6, NOW)));

        // Then
        assertThat(rejections.history())
                .extracting(ProducerRecord::topic, ProducerRecord::key)
                .containsExactly(tuple("stories.rejected", "inbox:feed.xml"));
        assertThat(publisher.counts()).isEqualTo(new PublishCounts(0, 1, 0, 0, 0));
    }

    @Test
    void shouldReportKafkaTimeoutAsRetriable() {
        // Given
        stories.sendException = new TimeoutException("Topic stories.raw not present in metadata after 5000 ms.");

        // When / Then
        assertThatThrownBy(() -> publisher.publishStories(List.of(story("urn:test:a"))))
                .isInstanceOfSatisfying(
                        PublishException.class, e -> assertThat(e.retriable()).isTrue())
                .hasMessage("Kafka did not acknowledge a record on stories.raw:"
                        + " Topic stories.raw not present in metadata after 5000 ms.");
        assertThat(publisher.counts()).isEqualTo(new PublishCounts(0, 0, 1, 0, 0));
    }

    @Test
    void shouldReportRecordTooLargeAsNotRetriable() {
        stories.sendException = new RecordTooLargeException("The message is 2000000 bytes when serialized");

        assertThatThrownBy(() -> publisher.publishStories(List.of(story("urn:test:a"))))
                .isInstanceOfSatisfying(
                        PublishException.class, e -> assertThat(e.retriable()).isFalse());
    }

    @Test
    void shouldConfigureAnIdempotentLz4ProducerWaitingForAllReplicas() {
        Map<String, Object> config = StoryPublisher.producerConfig("localhost:9092", Duration.ofSeconds(30), "stories");

        assertThat(config)
                .containsEntry(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true)
                .containsEntry(ProducerConfig.ACKS_CONFIG, "all")
                .containsEntry(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4")
                .containsEntry(ProducerConfig.MAX_BLOCK_MS_CONFIG, 30_000L)
                .containsEntry(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 30_000);
        int linger = (int) config.get(ProducerConfig.LINGER_MS_CONFIG);
        int request = (int) config.get(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG);
        assertThat(linger + request).isLessThanOrEqualTo(30_000);
    }

    @Test
    void shouldFailRetriablyWithinTheTimeoutWhenKafkaIsUnreachable() throws Exception {
        // Given a port nobody listens on
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        long start = System.nanoTime();
        try (StoryPublisher unreachable =
                StoryPublisher.connect("127.0.0.1:" + port, Duration.ofSeconds(1), new CanonicalStories())) {

            // When / Then
            assertThatThrownBy(() -> unreachable.publishStories(List.of(story("urn:test:a"), story("urn:test:b"))))
                    .isInstanceOfSatisfying(PublishException.class, e -> assertThat(e.retriable())
                            .isTrue());
        }
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
    }

    @Test
    void shouldDropRepeatsOfRecentContentAndCountThem() throws Exception {
        // Given
        publisher.publishStories(List.of(story("urn:test:a")));

        // When the same story comes again, on its own and under another id
        publisher.publishStories(List.of(story("urn:test:a"), story("urn:test:b")));

        // Then
        assertThat(stories.history()).extracting(ProducerRecord::key).containsExactly("urn:test:a");
        assertThat(publisher.counts()).isEqualTo(new PublishCounts(1, 0, 0, 2, 0));
    }

    @Test
    void shouldPublishChangedContentUnderTheSameIdAsAnUpdate() throws Exception {
        publisher.publishStories(List.of(story("urn:test:a")));
        publisher.publishStories(
                List.of(story("urn:test:a", "Tehran denied it had sent drones to Russia or Belarus.")));

        assertThat(stories.history()).extracting(ProducerRecord::key).containsExactly("urn:test:a", "urn:test:a");
    }

    @Test
    void shouldPublishAStoryAgainAfterItsPublishFailed() throws Exception {
        // Given a publish that failed
        stories.sendException = new TimeoutException("Topic stories.raw not present in metadata after 5000 ms.");
        assertThatThrownBy(() -> publisher.publishStories(List.of(story("urn:test:a"))))
                .isInstanceOf(PublishException.class);

        // When the caller retries once Kafka is back
        stories.sendException = null;
        publisher.publishStories(List.of(story("urn:test:a")));

        // Then the retry is published, not taken for a duplicate of the failed attempt
        assertThat(stories.history()).extracting(ProducerRecord::key).containsExactly("urn:test:a");
        assertThat(publisher.counts().duplicatesDropped()).isZero();
    }

    private static Story story(String id) {
        return story(id, "Tehran denied it had sent drones to Russia.");
    }

    private static Story story(String id, String body) {
        return new Story(
                id, "Example Wire", null, "Iran denies drone deliveries", body, PUBLISHED, NOW, "en", null, null);
    }

    @Test
    void shouldSendOnlyTheUnacknowledgedStoriesWhenAFailedBatchIsRetried() throws Exception {
        // Given a producer whose acknowledgements the test gives by hand, and a batch of three
        MockProducer<String, Story> manual = new MockProducer<>(
                false,
                null,
                Topics.STORIES_RAW.keySerde().serializer(),
                Topics.STORIES_RAW.valueSerde().serializer());
        StoryPublisher halfway = new StoryPublisher(manual, rejections, Duration.ofSeconds(5));
        List<Story> batch = List.of(
                story("urn:test:first", "Kyiv said the first battery had arrived."),
                story("urn:test:second", "Kyiv said the second battery was on its way."),
                story("urn:test:third", "Kyiv said a third battery was promised."));
        CompletableFuture<Throwable> firstTry = CompletableFuture.supplyAsync(() -> {
            try {
                halfway.publishStories(batch);
                return null;
            } catch (PublishException e) {
                return e;
            }
        });

        // When the broker acknowledges the first story, then fails the second and third
        await().atMost(Duration.ofSeconds(10)).until(() -> manual.history().size() == 3);
        manual.completeNext();
        manual.errorNext(new TimeoutException("Expiring 2 record(s) for stories.raw-0"));
        manual.errorNext(new TimeoutException("Expiring 2 record(s) for stories.raw-0"));
        assertThat(firstTry.get(10, TimeUnit.SECONDS)).isInstanceOf(PublishException.class);

        // And the batch is tried again
        manual.clear();
        CompletableFuture<Void> retry = CompletableFuture.runAsync(() -> {
            try {
                halfway.publishStories(batch);
            } catch (PublishException e) {
                throw new IllegalStateException(e);
            }
        });
        await().atMost(Duration.ofSeconds(10)).until(() -> manual.history().size() == 2);
        manual.completeNext();
        manual.completeNext();
        retry.get(10, TimeUnit.SECONDS);

        // Then the retry sent only what Kafka had not acknowledged
        assertThat(manual.history())
                .extracting(ProducerRecord::key)
                .containsExactly("urn:test:second", "urn:test:third");
        assertThat(halfway.counts()).isEqualTo(new PublishCounts(2, 0, 1, 1, 0));
    }
}
