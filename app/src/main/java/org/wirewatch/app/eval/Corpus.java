package org.wirewatch.app.eval;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.wirewatch.ingest.format.FormatSettings;
import org.wirewatch.ingest.format.StoryFileContents;
import org.wirewatch.ingest.format.StoryFiles;
import org.wirewatch.model.Story;
import org.wirewatch.model.json.Json;

/**
 * A labelled corpus as {@code eval-format.md} lays it out: {@code stories/}, {@code gold/} and
 * {@code timelines.json} (several {@code timelines.*.json} files are read as one, so that parts
 * written separately need no merge).
 *
 * @param gold by slug
 * @param stories by story id (the ninjs {@code uri})
 */
record Corpus(Map<String, Gold> gold, Map<String, Story> stories, List<Gold.Timeline> timelines) {

    /** Reading a corpus must not depend on when it runs. */
    private static final Clock FIXED = Clock.fixed(Instant.EPOCH, ZoneOffset.UTC);

    static Corpus read(Path dir) throws IOException {
        StoryFileContents contents = new StoryFiles(FormatSettings.defaults(FIXED)).read(dir.resolve("stories"));
        if (!contents.rejections().isEmpty()) {
            throw new IOException("corpus stories that cannot be read: " + contents.rejections());
        }
        Map<String, Story> stories = new LinkedHashMap<>();
        contents.stories().forEach(story -> stories.put(story.id(), story));
        return new Corpus(readGold(dir.resolve("gold")), stories, readTimelines(dir));
    }

    /** The story labelled by {@code slug}. */
    Story story(String slug) {
        Gold labels = gold.get(slug);
        Story story = labels == null ? null : stories.get(labels.uri());
        if (story == null) {
            throw new IllegalArgumentException("no story with gold for slug " + slug);
        }
        return story;
    }

    private static Map<String, Gold> readGold(Path dir) throws IOException {
        ObjectMapper mapper = Json.mapper();
        Map<String, Gold> gold = new LinkedHashMap<>();
        for (Path file : jsonFiles(dir, "")) {
            String slug = file.getFileName().toString().replaceFirst("\\.json$", "");
            gold.put(slug, mapper.readValue(file.toFile(), Gold.class));
        }
        return gold;
    }

    private static List<Gold.Timeline> readTimelines(Path dir) throws IOException {
        List<Gold.Timeline> timelines = new ArrayList<>();
        for (Path file : jsonFiles(dir, "timelines")) {
            timelines.addAll(Json.mapper().readValue(file.toFile(), new TypeReference<List<Gold.Timeline>>() {}));
        }
        return timelines;
    }

    private static List<Path> jsonFiles(Path dir, String prefix) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> {
                        String name = f.getFileName().toString();
                        return name.startsWith(prefix) && name.endsWith(".json");
                    })
                    .sorted()
                    .toList();
        }
    }
}
