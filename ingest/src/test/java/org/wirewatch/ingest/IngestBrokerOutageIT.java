package org.wirewatch.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wirewatch.broker.EmbeddedKafkaBroker;
import org.wirewatch.model.Story;
import org.wirewatch.model.topics.TopicProvisioner;
import org.wirewatch.model.topics.Topics;
import org.wirewatch.testkit.TopicTail;

/**
 * The broker goes away while ingest runs, then comes back on the same address and data. Ingest
 * holds the files it could not publish, keeps running, and publishes each story once when Kafka
 * returns. The broker is this test's own, since the test stops it.
 */
class IngestBrokerOutageIT {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final Duration PUBLISH_TIMEOUT = Duration.ofSeconds(2);

    @TempDir
    Path brokerData;

    @TempDir
    Path inbox;

    private EmbeddedKafkaBroker broker;

    @AfterEach
    void stopBroker() {
        if (broker != null) {
            broker.close();
        }
    }

    @Test
    void shouldPauseWhileTheBrokerIsDownAndPublishEachStoryOnceWhenItReturns() throws Exception {
        // Given ingest publishing to a running broker
        broker = EmbeddedKafkaBroker.start(brokerData);
        String bootstrap = broker.bootstrapServers();
        TopicProvisioner.ensure(
                bootstrap, List.of(Topics.STORIES_RAW, Topics.STORIES_REJECTED), Optional.of((short) 1));
        try (IngestService ingest = new IngestService(new IngestSettings(
                bootstrap, inbox, Duration.ofMillis(50), 1024 * 1024, "inbox", PUBLISH_TIMEOUT, Clock.systemUTC()))) {
            ingest.start();
            Files.writeString(inbox.resolve("01-before.jsonl"), lines("before-1", "before-2"));
            await().atMost(WAIT).until(() -> Files.exists(inbox.resolve("done/01-before.jsonl")));

            // When the broker stops and a file arrives
            broker.close();
            broker = null;
            Files.writeString(inbox.resolve("02-during.jsonl"), lines("during-1", "during-2", "during-3"));

            // Then the file is held for a retry, not rejected, and ingest keeps running
            await().atMost(WAIT).until(() -> ingest.counts().failedPublishes() >= 1);
            assertThat(inbox.resolve("02-during.jsonl")).exists();
            assertThat(inbox.resolve("rejected")).isEmptyDirectory();
            assertThat(ingest.isRunning()).isTrue();

            // When the broker returns on the same address with the same data
            broker = EmbeddedKafkaBroker.start(brokerData);
            assertThat(broker.bootstrapServers()).isEqualTo(bootstrap);

            // Then the held file is published and every story is on the topic exactly once
            await().atMost(WAIT).until(() -> Files.exists(inbox.resolve("done/02-during.jsonl")));
            try (TopicTail<String, Story> stories = new TopicTail<>(bootstrap, Topics.STORIES_RAW)) {
                List<ConsumerRecord<String, Story>> all =
                        await().atMost(WAIT).until(stories::readToEnd, records -> records.size() >= 5);
                assertThat(all)
                        .extracting(ConsumerRecord::key)
                        .containsExactlyInAnyOrder("before-1", "before-2", "during-1", "during-2", "during-3");
            }
            assertThat(ingest.counts().storiesPublished()).isEqualTo(5);
        }
    }

    private static String lines(String... ids) {
        StringBuilder lines = new StringBuilder();
        for (String id : ids) {
            lines.append(("{\"id\": \"%s\", \"source\": \"Example Wire\", \"headline\": \"Kyiv receives air defence"
                            + " systems\", \"body\": \"Ukraine's defence ministry said a second battery had arrived"
                            + " (story %s).\", \"publishedAt\": \"2023-04-19T10:00:00Z\"}\n")
                    .formatted(id, id));
        }
        return lines.toString();
    }
}
