package org.wirewatch.ingest.http;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.wirewatch.ingest.format.StoryFormat;

/**
 * The media types {@code POST /api/stories} accepts, each with the reader it selects: a story
 * format, or an RSS/Atom feed pushed by another system. Text must be UTF-8: a {@code charset}
 * parameter naming anything else is refused rather than read as garbled text.
 */
enum PostedType {
    NINJS(StoryFormat.NINJS, "application/json", "application/vnd.iptc.ninjs+json"),
    JSON_LINES(StoryFormat.JSON_LINES, "application/x-ndjson", "application/jsonl"),
    NEWSML_G2(StoryFormat.NEWSML_G2, "application/vnd.iptc.g2.newsitem+xml", "application/xml", "text/xml"),
    PLAIN_TEXT(StoryFormat.PLAIN_TEXT, "text/plain"),
    FEED(null, "application/rss+xml", "application/atom+xml");

    static final int UNSUPPORTED_MEDIA_TYPE = 415;

    private final StoryFormat format;
    private final List<String> mediaTypes;

    PostedType(StoryFormat format, String... mediaTypes) {
        this.format = format;
        this.mediaTypes = List.of(mediaTypes);
    }

    /** The story format that reads this type; empty for a feed. */
    Optional<StoryFormat> format() {
        return Optional.ofNullable(format);
    }

    /**
     * The type a {@code Content-Type} header names.
     *
     * @param contentType the header, e.g. {@code application/json; charset=utf-8}, or null
     * @throws Refusal 415 for a missing or unknown type, or a charset other than UTF-8
     */
    static PostedType of(String contentType) throws Refusal {
        if (contentType == null || contentType.isBlank()) {
            throw new Refusal(UNSUPPORTED_MEDIA_TYPE, "no Content-Type: send one of " + accepted());
        }
        String[] parts = contentType.split(";");
        String mediaType = parts[0].strip().toLowerCase(Locale.ROOT);
        PostedType type = Arrays.stream(values())
                .filter(candidate -> candidate.mediaTypes.contains(mediaType))
                .findFirst()
                .orElseThrow(() -> new Refusal(
                        UNSUPPORTED_MEDIA_TYPE,
                        "unsupported Content-Type '" + mediaType + "': send one of " + accepted()));
        for (int i = 1; i < parts.length; i++) {
            requireUtf8(parts[i]);
        }
        return type;
    }

    private static void requireUtf8(String parameter) throws Refusal {
        int equals = parameter.indexOf('=');
        if (equals < 0 || !parameter.substring(0, equals).strip().equalsIgnoreCase("charset")) {
            return;
        }
        String charset = parameter.substring(equals + 1).strip().replace("\"", "");
        if (!charset.equalsIgnoreCase("utf-8") && !charset.equalsIgnoreCase("utf8")) {
            throw new Refusal(
                    UNSUPPORTED_MEDIA_TYPE,
                    "charset '" + charset + "' is not accepted: stories must be UTF-8 (charset=utf-8)");
        }
    }

    /** Every accepted media type, for messages. */
    static String accepted() {
        return Arrays.stream(values()).flatMap(type -> type.mediaTypes.stream()).collect(Collectors.joining(", "));
    }
}
