package org.wirewatch.model;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * One wire or news story, as published to {@code stories.raw}.
 *
 * @param id stable identity: the source's GUID/URI, else a hash of the canonical URL or text
 * @param publishedAt the story's own time (UTC); every window and ordering uses it
 * @param ingestedAt when wirewatch received it; for operators, never for ordering
 * @param language ISO 639-1 code, e.g. {@code en}
 * @param url, byline, dateline nullable
 */
public record Story(
        String id,
        String source,
        String url,
        String headline,
        String body,
        Instant publishedAt,
        Instant ingestedAt,
        String language,
        String byline,
        String dateline) {

    public Story {
        requireNonNull(id, "id");
        requireNonNull(source, "source");
        requireNonNull(publishedAt, "publishedAt");
        requireNonNull(ingestedAt, "ingestedAt");
        headline = headline == null ? "" : headline;
        body = body == null ? "" : body;
        language = language == null ? "en" : language;
        if (id.isBlank()) {
            throw new IllegalArgumentException("story id is blank");
        }
    }
}
