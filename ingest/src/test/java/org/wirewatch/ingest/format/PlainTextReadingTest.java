package org.wirewatch.ingest.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.wirewatch.ingest.format.Inputs.NOW;
import static org.wirewatch.ingest.format.Inputs.reader;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wirewatch.model.Story;

class PlainTextReadingTest {

    private static final String NON_DENIAL = "\r\n\r\nIran sidesteps questions on drones for Moscow\r\n"
            + "TEHRAN, Oct 17 - Asked about Iranian drones over Kyiv, spokesman Nasser Kanaani said Tehran"
            + " would neither confirm nor deny that it had delivered drones to Russia.\r\n\r\n"
            + "He said Iran's position on the war had not changed.\r\n";

    @TempDir
    Path folder;

    @Test
    void shouldTakeFirstNonEmptyLineAsHeadlineAndFileTimeAsPublishedAt() throws Exception {
        // Given
        Path file = Files.writeString(folder.resolve("02-non-denial.txt"), NON_DENIAL);
        Instant modified = Instant.parse("2022-10-17T08:00:00Z");
        Files.setLastModifiedTime(file, FileTime.from(modified));

        // When
        ParsedStories parsed = reader().read(file);

        // Then
        Story story = parsed.stories().get(0);
        assertThat(story.headline()).isEqualTo("Iran sidesteps questions on drones for Moscow");
        assertThat(story.body())
                .startsWith("TEHRAN, Oct 17 - Asked about Iranian drones")
                .endsWith("delivered drones to Russia.\n\nHe said Iran's position on the war had not changed.");
        assertThat(story.publishedAt()).isEqualTo(modified);
        assertThat(story.ingestedAt()).isEqualTo(NOW);
        assertThat(story.source()).isEqualTo("inbox");
        assertThat(story.language()).isEqualTo("en");
        assertThat(story.url()).isNull();
    }

    @Test
    void shouldIdentifyByHashOfTheNormalizedBody() throws Exception {
        // Given the same story saved twice: re-headlined, other line endings and spacing
        Path first = Files.writeString(folder.resolve("a.txt"), NON_DENIAL);
        Path copy = Files.writeString(
                folder.resolve("b.txt"),
                NON_DENIAL.replace("\r\n", "\n").replace("sidesteps", "dodges").replace(" said", "  said"));

        // When
        String firstId = reader().read(first).stories().get(0).id();
        String copyId = reader().read(copy).stories().get(0).id();

        // Then
        assertThat(firstId).isEqualTo(copyId).matches("sha256:[0-9a-f]{64}");
    }

    @Test
    void shouldTakeTheClockAsPublishedAtForTextReceivedAsBytes() throws Exception {
        ParsedStories parsed = reader().parse("text", Inputs.utf8(NON_DENIAL));

        assertThat(parsed.stories().get(0).publishedAt()).isEqualTo(NOW);
    }

    @Test
    void shouldRejectHeadlineWithoutBody() throws Exception {
        Path file = Files.writeString(folder.resolve("flash.txt"), "\nFLASH: Iran denies drone deliveries\n\n  \n");

        assertThatThrownBy(() -> reader().read(file))
                .isInstanceOf(RejectedInputException.class)
                .hasMessageStartingWith("has a headline but no body");
    }

    @Test
    void shouldRejectEmptyFile() throws Exception {
        Path file = Files.writeString(folder.resolve("empty.txt"), " \n\t\n");

        assertThatThrownBy(() -> reader().read(file))
                .isInstanceOf(RejectedInputException.class)
                .hasMessageStartingWith("is empty");
    }
}
