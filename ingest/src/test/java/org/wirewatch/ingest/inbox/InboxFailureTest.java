package org.wirewatch.ingest.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wirewatch.ingest.inbox.TestInbox.CLOCK;
import static org.wirewatch.ingest.inbox.TestInbox.DENIAL;
import static org.wirewatch.ingest.inbox.TestInbox.NON_DENIAL;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.TimeoutException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the inbox does with bad files, and when Kafka or the code itself fails. */
class InboxFailureTest {

    @TempDir
    Path folder;

    private TestInbox inbox;

    @BeforeEach
    void createInbox() throws Exception {
        inbox = new TestInbox(folder);
    }

    @Test
    void shouldMoveRejectedFileWithReason() throws Exception {
        // Given
        String broken = "{\"uri\": \"urn:test:broken\", \"headline\": \"Kremlin silent\" \"body_text\": \"…\"}";
        inbox.write("broken.json", broken);

        // When
        inbox.scan();
        inbox.scan();

        // Then
        assertThat(inbox.path("broken.json")).doesNotExist();
        assertThat(inbox.path("rejected/broken.json")).hasContent(broken);
        assertThat(inbox.path("rejected/broken.json.reason")).content().startsWith("is not valid JSON at column ");
        assertThat(inbox.rejections.history()).singleElement().satisfies(record -> {
            assertThat(record.key()).isEqualTo("inbox:broken.json");
            assertThat(record.value().reason()).startsWith("is not valid JSON at column ");
            assertThat(record.value().payload()).isEqualTo(broken);
            assertThat(record.value().rejectedAt()).isEqualTo(CLOCK.instant());
        });
        assertThat(inbox.stories.history()).isEmpty();
    }

    @Test
    void shouldPublishGoodLinesAndRejectOnlyTheBadLine() throws Exception {
        // Given
        inbox.write(
                "wire.jsonl",
                "{\"id\": \"s1\", \"body\": \"Sanctions were imposed.\", \"publishedAt\": \"2023-02-24T14:00:00Z\"}\n"
                        + "{\"id\": \"s2\", \"body\": }\n");

        // When
        inbox.scan();
        inbox.scan();

        // Then
        assertThat(inbox.stories.history()).extracting(ProducerRecord::key).containsExactly("s1");
        assertThat(inbox.rejections.history())
                .extracting(ProducerRecord::key)
                .containsExactly("inbox:wire.jsonl#line=2");
        assertThat(inbox.path("done/wire.jsonl")).exists();
        assertThat(inbox.path("done/wire.jsonl.reason")).content().startsWith("line 2: is not valid JSON");
    }

    @Test
    void shouldLeaveFileInInboxWhileKafkaIsUnreachableAndRetryLater() throws Exception {
        // Given
        inbox.write("01-denial.txt", DENIAL);
        inbox.stories.sendException = new TimeoutException("Topic stories.raw not present in metadata after 30000 ms.");

        // When
        inbox.scan();
        inbox.scan();
        inbox.scan();

        // Then it is neither done nor rejected
        assertThat(inbox.path("01-denial.txt")).exists();
        assertThat(inbox.path("rejected")).isEmptyDirectory();
        assertThat(inbox.rejections.history()).isEmpty();

        // And when Kafka is back
        inbox.stories.sendException = null;
        inbox.scan();
        assertThat(inbox.stories.history()).hasSize(1);
        assertThat(inbox.path("done/01-denial.txt")).exists();
    }

    @Test
    void shouldKeepWatchingAfterAnUnexpectedFailureOnOneFile() throws Exception {
        // Given a file that makes publishing fail in a way nobody planned for
        Path cursed = inbox.write("01-cursed.txt", "Cursed headline\n" + DENIAL);
        inbox.write("02-non-denial.txt", NON_DENIAL);

        // When
        inbox.scan();
        inbox.scan();
        inbox.scan();

        // Then the next file still goes through, and the failed one is parked, not retried in a loop
        assertThat(inbox.stories.history())
                .extracting(record -> record.value().headline())
                .containsExactly("Iran sidesteps questions on drones for Moscow");
        assertThat(inbox.stories.cursedAttempts).hasValue(1);
        assertThat(cursed).exists();
        assertThat(inbox.path("rejected")).isEmptyDirectory();

        // And once the file changes it is tried again
        Files.setLastModifiedTime(cursed, FileTime.from(Instant.now().plusSeconds(5)));
        inbox.scan();
        inbox.scan();
        assertThat(inbox.stories.cursedAttempts).hasValue(2);
    }
}
