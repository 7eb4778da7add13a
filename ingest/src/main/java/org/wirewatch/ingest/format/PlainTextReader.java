package org.wirewatch.ingest.format;

import java.time.Instant;
import java.util.List;

/**
 * Plain text: the first non-empty line is the headline, everything after it the body. The text
 * carries no id or time, so the id is the hash of the normalized body ({@link StoryIds}) and the
 * time is given by the caller (a file's last-modified time).
 */
final class PlainTextReader {

    private PlainTextReader() {}

    static ParsedStories read(String text, Instant publishedAt, Ingestion ingestion) throws RejectedInputException {
        String normalized = text.replace("\r\n", "\n").replace('\r', '\n');
        if (normalized.isBlank()) {
            throw new RejectedInputException("is empty: write the headline on the first line and the story below it");
        }
        // Stripping first drops leading blank lines, so the first line left is the headline.
        String[] headlineAndBody = normalized.strip().split("\n", 2);
        String body = headlineAndBody.length > 1 ? headlineAndBody[1] : "";
        if (body.isBlank()) {
            throw new RejectedInputException(
                    "has a headline but no body: write the headline on the first line and the story below it");
        }
        StoryDraft draft = new StoryDraft(null, null, null, headlineAndBody[0], body, publishedAt, null, null, null);
        return new ParsedStories(List.of(draft.toStory(ingestion)), List.of());
    }
}
