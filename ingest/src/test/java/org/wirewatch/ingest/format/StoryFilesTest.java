package org.wirewatch.ingest.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wirewatch.ingest.format.Inputs.CLOCK;
import static org.wirewatch.ingest.format.Inputs.NOW;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wirewatch.model.RejectedInput;
import org.wirewatch.model.Story;

class StoryFilesTest {

    @TempDir
    Path folder;

    @Test
    void shouldReadEveryStoryFileOfAFolderInNameOrder() throws Exception {
        // Given
        Files.write(folder.resolve("b-germany.json"), Inputs.resource("ninjs2-germany-tanks.json"));
        Files.write(folder.resolve("a-iran.json"), Inputs.resource("ninjs1-iran-denial.json"));
        Files.write(folder.resolve("c-wire.jsonl"), Inputs.resource("stories.jsonl"));

        // When
        StoryFileContents contents = new StoryFiles(FormatSettings.defaults(CLOCK)).read(folder);

        // Then
        assertThat(contents.stories())
                .extracting(Story::headline)
                .containsExactly(
                        "Iran rejects reports it supplied drones to Russia",
                        "Germany will send Leopard 2 tanks to Ukraine, chancellery says",
                        "US Treasury sanctions three Iranian drone makers",
                        "Kremlin declines to comment on Iranian drones");
        assertThat(contents.rejections()).singleElement().satisfies(rejection -> {
            assertThat(rejection.origin()).isEqualTo("file:c-wire.jsonl#line=2");
            assertThat(rejection.reason()).startsWith("is not valid JSON at column ");
            assertThat(rejection.rejectedAt()).isEqualTo(NOW);
        });
    }

    @Test
    void shouldSkipHiddenPartialAndSubfolderFilesButRejectUnknownTypes() throws Exception {
        // Given
        Files.writeString(folder.resolve(".draft.txt"), "Hidden\nNot ready.");
        Files.writeString(folder.resolve("upload.txt.part"), "Partial\nStill uploading.");
        Files.writeString(folder.resolve("upload.TMP"), "Temporary\nStill writing.");
        Files.createDirectories(folder.resolve("done"));
        Files.writeString(folder.resolve("done/old.txt"), "Old\nAlready ingested.");
        Files.writeString(folder.resolve("notes.docx"), "binary-ish");
        Files.writeString(folder.resolve("story.txt"), "Headline\nBody.");

        // When
        StoryFileContents contents = new StoryFiles(FormatSettings.defaults(CLOCK)).read(folder);

        // Then
        assertThat(StoryFiles.list(folder))
                .extracting(path -> path.getFileName().toString())
                .containsExactly("notes.docx", "story.txt");
        assertThat(contents.stories()).extracting(Story::headline).containsExactly("Headline");
        assertThat(contents.rejections())
                .extracting(RejectedInput::origin, RejectedInput::payload, RejectedInput::payloadBytes)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("file:notes.docx", "binary-ish", 10L));
    }
}
