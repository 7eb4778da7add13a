package org.wirewatch.ingest;

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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.wirewatch.broker.KafkaBroker;
import org.wirewatch.model.RejectedInput;
import org.wirewatch.model.Story;
import org.wirewatch.model.topics.TopicProvisioner;
import org.wirewatch.model.topics.Topics;
import org.wirewatch.testkit.KafkaBrokerExtension;
import org.wirewatch.testkit.TopicTail;

/**
 * The inbox against a real broker. The broker and its {@code stories.*} topics are shared with
 * other tests, so every story here carries this test's own token and only those are counted.
 */
@ExtendWith(KafkaBrokerExtension.class)
class IngestServiceIT {

    private static final Duration WAIT = Duration.ofSeconds(30);

    private final String token = UUID.randomUUID().toString().substring(0, 8);
    private final String bootstrapServers;

    @TempDir
    Path inbox;

    IngestServiceIT(KafkaBroker broker) {
        this.bootstrapServers = broker.bootstrapServers();
    }

    @BeforeAll
    static void createTopics(KafkaBroker broker) {
        TopicProvisioner.ensure(
                broker.bootstrapServers(), List.of(Topics.STORIES_RAW, Topics.STORIES_REJECTED), Optional.of((short)
                        1));
    }

    @Test
    void shouldPublishEveryFormatKeyedByStoryIdAndMoveFilesToDone() throws Exception {
        // Given every format, and one story twice under two ids
        Files.writeString(inbox.resolve("01-denial.json"), ninjs("urn:test:" + token + ":denial"));
        Files.writeString(
                inbox.resolve("02-wire.jsonl"),
                jsonLine("urn:test:" + token + ":treasury", "imposed sanctions on three Iranian firms") + "\n"
                        + jsonLine("urn:test:" + token + ":peskov", "named three Iranian firms it will sanction") + "\n"
                        + jsonLine("urn:test:" + token + ":peskov-copy", "named three Iranian firms it will sanction")
                        + "\n");
        Files.writeString(inbox.resolve("03-non-denial.txt"), plainText());

        // When
        try (IngestService ingest = started();
                TopicTail<String, Story> stories = new TopicTail<>(bootstrapServers, Topics.STORIES_RAW)) {

            // Then
            List<ConsumerRecord<String, Story>> mine =
                    await().atMost(WAIT).until(() -> stories.read(this::isMine), records -> records.size() == 4);
            assertThat(mine).allSatisfy(record -> assertThat(record.key())
                    .isEqualTo(record.value().id()));
            assertThat(mine)
                    .extracting(ConsumerRecord::key)
                    .contains(
                            "urn:test:" + token + ":denial",
                            "urn:test:" + token + ":treasury",
                            "urn:test:" + token + ":peskov")
                    .anyMatch(key -> key.matches("sha256:[0-9a-f]{64}"));
            await().atMost(WAIT).untilAsserted(() -> assertThat(inbox.resolve("done"))
                    .isDirectoryContaining("glob:**/01-denial.json")
                    .isDirectoryContaining("glob:**/02-wire.jsonl")
                    .isDirectoryContaining("glob:**/03-non-denial.txt"));
            assertThat(ingest.counts().storiesPublished()).isEqualTo(4);
            assertThat(ingest.counts().duplicatesDropped()).isEqualTo(1);
        }
    }

    @Test
    void shouldMoveRejectedFileWithReason() throws Exception {
        // Given
        String name = "broken-" + token + ".json";
        Files.writeString(inbox.resolve(name), "{\"uri\": \"urn:test:" + token + "\", \"headline\": ");

        // When
        try (IngestService ingest = started();
                TopicTail<String, RejectedInput> rejected =
                        new TopicTail<>(bootstrapServers, Topics.STORIES_REJECTED)) {

            // Then
            ConsumerRecord<String, RejectedInput> record = await().atMost(WAIT)
                    .until(() -> rejected.read(r -> r.key().equals("inbox:" + name)), records -> records.size() == 1)
                    .get(0);
            assertThat(record.value().reason()).startsWith("is not valid JSON");
            await().atMost(WAIT).untilAsserted(() -> assertThat(inbox.resolve("rejected/" + name + ".reason"))
                    .content()
                    .isEqualTo(record.value().reason() + "\n"));
            assertThat(inbox.resolve("rejected/" + name)).exists();
            assertThat(inbox.resolve(name)).doesNotExist();
            assertThat(ingest.counts().rejectionsPublished()).isEqualTo(1);
        }
    }

    @Test
    void shouldNotRepublishAnythingAfterRestartOnTheSameInbox() throws Exception {
        // Given a story ingested by a first run
        String first = "urn:test:" + token + ":first-run";
        try (IngestService ingest = started()) {
            Files.writeString(inbox.resolve("01-first.json"), ninjs(first));
            await().atMost(WAIT).until(() -> Files.exists(inbox.resolve("done/01-first.json")));
            assertThat(ingest.counts().storiesPublished()).isEqualTo(1);
        }

        // When a second run starts on the same inbox and ingests one more file
        String second = "urn:test:" + token + ":second-run";
        try (IngestService restarted = started();
                TopicTail<String, Story> stories = new TopicTail<>(bootstrapServers, Topics.STORIES_RAW)) {
            Files.writeString(inbox.resolve("02-second.json"), ninjs(second));

            // Then the second story arrives and the first is still there once only
            List<ConsumerRecord<String, Story>> mine = await().atMost(WAIT)
                    .until(() -> stories.read(this::isMine), records -> records.stream()
                            .anyMatch(record -> record.key().equals(second)));
            await().atMost(WAIT).until(() -> Files.exists(inbox.resolve("done/02-second.json")));
            assertThat(mine).extracting(ConsumerRecord::key).containsExactlyInAnyOrder(first, second);
            assertThat(restarted.counts().storiesPublished()).isEqualTo(1);
        }
    }

    private IngestService started() {
        IngestService ingest = new IngestService(new IngestSettings(
                bootstrapServers,
                inbox,
                Duration.ofMillis(50),
                1024 * 1024,
                "inbox",
                Duration.ofSeconds(15),
                Clock.systemUTC()));
        ingest.start();
        return ingest;
    }

    private boolean isMine(ConsumerRecord<String, Story> record) {
        return record.value().body().contains(token);
    }

    private String ninjs(String uri) {
        return """
                {"uri": "%s", "versioncreated": "2022-10-10T09:42:00Z", "copyrightholder": "Gulf Wire Service",
                 "headline": "Iran rejects reports it supplied drones to Russia",
                 "body_text": "Iran's foreign ministry spokesman Naser Kanaani on Monday rejected reports that Tehran had supplied drones to Russia (ref %s)."}
                """.formatted(uri, token);
    }

    private String jsonLine(String id, String action) {
        return ("{\"id\": \"%s\", \"source\": \"Example Wire\", \"headline\": \"US Treasury sanctions Iranian drone"
                        + " makers\", \"body\": \"The Treasury %s (ref %s).\","
                        + " \"publishedAt\": \"2023-02-24T14:00:00Z\"}")
                .formatted(id, action, token);
    }

    private String plainText() {
        return "Iran sidesteps questions on drones for Moscow\nTEHRAN, Oct 17 - Spokesman Nasser Kanaani said Tehran"
                + " would neither confirm nor deny that it had delivered drones to Russia (ref " + token + ").\n";
    }
}
