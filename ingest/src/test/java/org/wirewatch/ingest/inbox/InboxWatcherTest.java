package org.wirewatch.ingest.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wirewatch.ingest.inbox.TestInbox.DENIAL;
import static org.wirewatch.ingest.inbox.TestInbox.NON_DENIAL;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wirewatch.ingest.publish.SourceMeters;

class InboxWatcherTest {

    @TempDir
    Path folder;

    private TestInbox inbox;

    @BeforeEach
    void createInbox() throws Exception {
        inbox = new TestInbox(folder);
    }

    @Test
    void shouldPublishACompleteFileAndMoveItToDone() throws Exception {
        // Given
        inbox.write("01-denial.txt", DENIAL);

        // When the first scan sees the file, it is not yet known to be complete
        inbox.scan();
        assertThat(inbox.stories.history()).isEmpty();
        inbox.scan();

        // Then
        assertThat(inbox.stories.history()).singleElement().satisfies(record -> assertThat(record.key())
                .isEqualTo(record.value().id()));
        assertThat(inbox.path("01-denial.txt")).doesNotExist();
        assertThat(inbox.path("done/01-denial.txt")).hasContent(DENIAL.strip());
        assertThat(inbox.rejections.history()).isEmpty();
    }

    @Test
    void shouldWaitUntilAFileStopsGrowing() throws Exception {
        // Given a file whose body is still being written
        Path file = inbox.write("02-non-denial.txt", NON_DENIAL.substring(0, 60));
        inbox.scan();

        // When the writer finishes between two scans
        Files.writeString(file, NON_DENIAL);
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(1)));
        inbox.scan();
        assertThat(inbox.stories.history()).isEmpty();
        inbox.scan();

        // Then
        assertThat(inbox.stories.history())
                .singleElement()
                .satisfies(record -> assertThat(record.value().body()).endsWith("delivered drones to Russia."));
    }

    @Test
    void shouldProcessFilesInNameOrder() throws Exception {
        inbox.write("02-non-denial.txt", NON_DENIAL);
        inbox.write("01-denial.txt", DENIAL);

        inbox.scan();
        inbox.scan();

        assertThat(inbox.stories.history())
                .extracting(record -> record.value().headline())
                .containsExactly(
                        "Iran rejects reports of drone deliveries to Russia",
                        "Iran sidesteps questions on drones for Moscow");
    }

    @Test
    void shouldIgnoreHiddenAndPartialFiles() throws Exception {
        inbox.write(".01-denial.txt", DENIAL);
        inbox.write("01-denial.txt.part", DENIAL);
        inbox.write("01-denial.tmp", DENIAL);

        inbox.scan();
        inbox.scan();

        assertThat(inbox.stories.history()).isEmpty();
        assertThat(inbox.rejections.history()).isEmpty();
        assertThat(inbox.path(".01-denial.txt")).exists();
    }

    @Test
    void shouldStopBetweenFilesWhenAskedTo() throws Exception {
        // Given two complete files
        inbox.write("01-denial.txt", DENIAL);
        inbox.write("02-non-denial.txt", NON_DENIAL);
        inbox.scan();

        // When a stop is requested after the first file
        AtomicInteger checks = new AtomicInteger();
        inbox.scan(() -> checks.incrementAndGet() > 1);

        // Then
        assertThat(inbox.stories.history()).hasSize(1);
        assertThat(inbox.path("02-non-denial.txt")).exists();
    }

    @Test
    void shouldNotRepublishFilesAlreadyDoneWhenRestarted() throws Exception {
        // Given
        inbox.write("01-denial.txt", DENIAL);
        inbox.scan();
        inbox.scan();

        // When
        inbox.restart();
        inbox.scan();
        inbox.scan();

        // Then
        assertThat(inbox.stories.history()).hasSize(1);
    }

    @Test
    void shouldKeepAnEarlierFileOfTheSameNameInDone() throws Exception {
        inbox.write("story.txt", DENIAL);
        inbox.scan();
        inbox.scan();
        inbox.write("story.txt", NON_DENIAL);
        inbox.scan();
        inbox.scan();

        assertThat(inbox.path("done/story.txt")).hasContent(DENIAL.strip());
        assertThat(inbox.path("done/story-2.txt")).hasContent(NON_DENIAL.strip());
    }

    @Test
    void shouldCountFilesStoriesAndRejectionsAsTheInboxSource() throws Exception {
        // Given one good file and one that cannot be read
        inbox.write("01-denial.txt", DENIAL);
        inbox.write("02-broken.json", "{\"headline\": ");

        // When
        inbox.scan();
        inbox.scan();

        // Then
        assertThat(count(SourceMeters.RECEIVED)).isEqualTo(2);
        assertThat(count(SourceMeters.PUBLISHED)).isEqualTo(1);
        assertThat(count(SourceMeters.REJECTED)).isEqualTo(1);
        assertThat(inbox.registry
                        .get(SourceMeters.LAST_SUCCESS)
                        .tag(SourceMeters.SOURCE, "inbox")
                        .gauge()
                        .value())
                .isEqualTo(TestInbox.CLOCK.millis() / 1000.0);
    }

    private double count(String meter) {
        return inbox.registry
                .get(meter)
                .tag(SourceMeters.SOURCE, "inbox")
                .counter()
                .count();
    }
}
