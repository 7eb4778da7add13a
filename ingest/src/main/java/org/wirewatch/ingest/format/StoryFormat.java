package org.wirewatch.ingest.format;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The story formats ingest reads, each with the names and file extensions that select it. */
public enum StoryFormat {
    /** IPTC ninjs 1.x or 2.x: one JSON object, or an array of them. */
    NINJS(List.of("ninjs", "json"), List.of(".json")),
    /** One story per line, in wirewatch's own story shape. */
    JSON_LINES(List.of("jsonl", "ndjson", "json-lines"), List.of(".jsonl", ".ndjson")),
    /** First non-empty line the headline, the rest the body. */
    PLAIN_TEXT(List.of("text", "txt", "plain"), List.of(".txt")),
    /** IPTC NewsML-G2 2.x: one newsItem, or a newsMessage holding several. */
    NEWSML_G2(List.of("newsml", "newsml-g2", "xml"), List.of(".xml"));

    private final List<String> names;
    private final List<String> extensions;

    StoryFormat(List<String> names, List<String> extensions) {
        this.names = names;
        this.extensions = extensions;
    }

    /** The format a file name's extension selects (case-insensitive). */
    public static StoryFormat forFileName(String fileName) throws RejectedInputException {
        String lower = fileName.toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(format -> format.extensions.stream().anyMatch(lower::endsWith))
                .findFirst()
                .orElseThrow(() -> new RejectedInputException("unsupported file type"
                        + extensionOf(lower).map(ext -> " '" + ext + "'").orElse(" (no extension)")
                        + ": ingest reads .json (ninjs), .jsonl or .ndjson (JSON Lines), .txt (plain text)"
                        + " and .xml (NewsML-G2)"));
    }

    /** The format called {@code name} (case-insensitive), e.g. {@code ninjs}, {@code jsonl}, {@code text}, {@code newsml}. */
    public static StoryFormat named(String name) throws RejectedInputException {
        String lower = name.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(format -> format.names.contains(lower))
                .findFirst()
                .orElseThrow(() -> new RejectedInputException(
                        "unknown story format '" + name + "': use ninjs, jsonl, text or newsml"));
    }

    private static Optional<String> extensionOf(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot <= 0 ? Optional.empty() : Optional.of(fileName.substring(dot));
    }
}
