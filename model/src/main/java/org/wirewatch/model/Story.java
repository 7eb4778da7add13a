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
 * @param duplicateOf nullable: the id of an earlier story this one is a near-duplicate of (a
 *     syndicated copy of the same wire text under another id, with its own headline, dateline or
 *     boilerplate), so consumers can treat the two as one; null when no such story was seen. Always
 *     the first story of the group, never a copy; a marked copy is still a story of its own.
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
        String dateline,
        String duplicateOf) {

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

    /** A story not (yet) known to copy another. */
    public Story(
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
        this(id, source, url, headline, body, publishedAt, ingestedAt, language, byline, dateline, null);
    }

    /** This story marked as a near-duplicate of the story {@code originalId}. */
    public Story asDuplicateOf(String originalId) {
        return new Story(
                id, source, url, headline, body, publishedAt, ingestedAt, language, byline, dateline, originalId);
    }
}
