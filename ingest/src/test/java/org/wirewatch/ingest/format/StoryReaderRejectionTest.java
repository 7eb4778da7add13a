package org.wirewatch.ingest.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.wirewatch.ingest.format.Inputs.CLOCK;
import static org.wirewatch.ingest.format.Inputs.reader;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoryReaderRejectionTest {

    private static final String STORY =
            "Iran denies drone deliveries\nTehran on Monday denied sending drones to Russia.";

    @TempDir
    Path folder;

    @Test
    void shouldRejectInvalidUtf8WithTheOffendingOffset() throws Exception {
        // Given a Latin-1 file: "D" is fine, then "é" is the single byte 0xE9, which UTF-8 never ends on
        Path file = folder.resolve("latin1.txt");
        Files.write(file, "Déni\nLe ministère a démenti.".getBytes(StandardCharsets.ISO_8859_1));

        // When / Then
        assertThatThrownBy(() -> reader().read(file))
                .isInstanceOf(RejectedInputException.class)
                .hasMessage("is not valid UTF-8: invalid byte sequence at byte offset 1; save the file as UTF-8");
    }

    @Test
    void shouldAcceptAUtf8ByteOrderMark() throws Exception {
        ParsedStories parsed = reader().parse("text", Inputs.utf8("\uFEFF" + STORY));

        assertThat(parsed.stories().get(0).headline()).isEqualTo("Iran denies drone deliveries");
    }

    @Test
    void shouldRejectFileOverTheSizeLimit() throws Exception {
        // Given a sparse file one byte over the default 4 MiB
        Path file = folder.resolve("archive.jsonl");
        try (RandomAccessFile big = new RandomAccessFile(file.toFile(), "rw")) {
            big.setLength(FormatSettings.DEFAULT_MAX_BYTES + 1);
        }

        // When / Then
        assertThatThrownBy(() -> reader().read(file))
                .isInstanceOf(RejectedInputException.class)
                .hasMessage("is 4194305 bytes, over the limit of 4194304 bytes: split it into smaller files"
                        + " or raise the ingest's maximum file size");
    }

    @Test
    void shouldRejectPayloadOverAConfiguredLimit() {
        StoryReader small = new StoryReader(new FormatSettings("inbox", 16, CLOCK));

        assertThatThrownBy(() -> small.parse("text", Inputs.utf8(STORY)))
                .isInstanceOf(RejectedInputException.class)
                .hasMessageStartingWith("is " + Inputs.utf8(STORY).length + " bytes, over the limit of 16 bytes");
    }

    @Test
    void shouldRejectUnknownFileType() throws Exception {
        Path file = Files.writeString(folder.resolve("feed.RSS"), "<rss/>");

        assertThatThrownBy(() -> reader().read(file))
                .isInstanceOf(RejectedInputException.class)
                .hasMessage("unsupported file type '.rss': ingest reads .json (ninjs), .jsonl or .ndjson (JSON Lines),"
                        + " .txt (plain text) and .xml (NewsML-G2)");
    }

    @Test
    void shouldRejectFileWithoutExtension() throws Exception {
        Path file = Files.writeString(folder.resolve("README"), STORY);

        assertThatThrownBy(() -> reader().read(file))
                .isInstanceOf(RejectedInputException.class)
                .hasMessageStartingWith("unsupported file type (no extension)");
    }

    @Test
    void shouldChooseFormatByExtensionIgnoringCase() throws Exception {
        Path file = Files.writeString(
                folder.resolve("wire.NDJSON"),
                "{\"id\": \"s1\", \"body\": \"B.\", \"publishedAt\": \"2023-01-01T00:00:00Z\"}");

        assertThat(reader().read(file).stories()).hasSize(1);
    }

    @Test
    void shouldRejectUnknownFormatName() {
        assertThatThrownBy(() -> reader().parse("rss", Inputs.utf8(STORY)))
                .isInstanceOf(RejectedInputException.class)
                .hasMessage("unknown story format 'rss': use ninjs, jsonl, text or newsml");
    }
}
