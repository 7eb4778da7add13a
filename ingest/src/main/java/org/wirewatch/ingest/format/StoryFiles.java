package org.wirewatch.ingest.format;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.wirewatch.model.RejectedInput;
import org.wirewatch.model.Story;

/**
 * The story files of a folder: which files count, and reading them all at once (for {@code
 * wirewatch replay}). Not recursive, so an inbox's {@code done/} and {@code rejected/} folders are
 * never read again.
 */
public final class StoryFiles {

    private static final String ORIGIN_PREFIX = "file:";

    private final StoryReader reader;
    private final Clock clock;

    public StoryFiles(FormatSettings settings) {
        this.reader = new StoryReader(settings);
        this.clock = settings.clock();
    }

    /**
     * The regular files of {@code folder} that may be stories, in name order: hidden files
     * ({@code .name}) and files still being written by convention ({@code *.tmp}, {@code *.part})
     * are left out. Files of an unknown type are listed, so that they are rejected rather than
     * silently ignored.
     */
    public static List<Path> list(Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.filter(Files::isRegularFile)
                    .filter(StoryFiles::isCandidate)
                    .sorted(Comparator.comparing(file -> file.getFileName().toString()))
                    .toList();
        }
    }

    /**
     * Reads every story file of {@code folder}. A file that cannot be read is reported in {@link
     * StoryFileContents#rejections()} (origin {@code file:<name>}) and the others are still read.
     *
     * @throws IOException when the folder itself cannot be listed
     */
    public StoryFileContents read(Path folder) throws IOException {
        List<Story> stories = new ArrayList<>();
        List<RejectedInput> rejections = new ArrayList<>();
        for (Path file : list(folder)) {
            String origin = ORIGIN_PREFIX + file.getFileName();
            try {
                ParsedStories parsed = reader.read(file);
                stories.addAll(parsed.stories());
                parsed.rejections().forEach(part -> rejections.add(Rejections.ofPart(origin, part, clock.instant())));
            } catch (RejectedInputException e) {
                rejections.add(rejectedFile(origin, file, e.reason()));
            } catch (IOException e) {
                rejections.add(new RejectedInput(origin, "cannot be read: " + e, "", 0, clock.instant()));
            }
        }
        return new StoryFileContents(stories, rejections);
    }

    private RejectedInput rejectedFile(String origin, Path file, String reason) {
        try {
            return Rejections.ofFile(origin, file, reason, clock.instant());
        } catch (IOException e) {
            // Gone or unreadable since it was read: the reason still stands, without the payload.
            return new RejectedInput(origin, reason, "", 0, clock.instant());
        }
    }

    private static boolean isCandidate(Path file) {
        String name = file.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        return !name.startsWith(".") && !lower.endsWith(".tmp") && !lower.endsWith(".part");
    }
}
