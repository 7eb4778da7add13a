package org.wirewatch.ingest.format;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.wirewatch.model.Story;

/**
 * JSON Lines in wirewatch's own story shape ({@code id}, {@code source}, {@code url}, {@code
 * headline}, {@code body}, {@code publishedAt}, {@code language}, {@code byline}, {@code
 * dateline}); an {@code ingestedAt} in the input is ignored, since it is ours to set. Each line
 * stands alone: a bad line is rejected with its number and the others are read. Blank lines are
 * skipped.
 */
final class JsonLinesReader {

    private JsonLinesReader() {}

    static ParsedStories read(String text, Ingestion ingestion) {
        List<Story> stories = new ArrayList<>();
        List<RejectedPart> rejections = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            try {
                stories.add(story(JsonFields.parse(line), ingestion));
            } catch (RejectedInputException e) {
                rejections.add(new RejectedPart("line", i + 1, e.reason(), line));
            }
        }
        return new ParsedStories(stories, rejections);
    }

    private static Story story(JsonNode line, Ingestion ingestion) throws RejectedInputException {
        if (!line.isObject()) {
            throw new RejectedInputException("is " + JsonFields.describe(line) + ", not a story object");
        }
        Instant publishedAt = JsonFields.instant(line, "publishedAt");
        if (publishedAt == null) {
            throw new RejectedInputException("has no publishedAt: the story's time is needed to order it");
        }
        return new StoryDraft(
                        JsonFields.text(line, "id"),
                        JsonFields.text(line, "source"),
                        JsonFields.text(line, "url"),
                        JsonFields.text(line, "headline"),
                        JsonFields.text(line, "body"),
                        publishedAt,
                        JsonFields.text(line, "language"),
                        JsonFields.text(line, "byline"),
                        JsonFields.text(line, "dateline"))
                .toStory(ingestion);
    }
}
