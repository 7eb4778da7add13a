package org.wirewatch.ingest.format;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/**
 * Reads a story file, or a payload in a named format, into stories. Thread-safe: it holds only its
 * settings. Every input is size-checked before it is read and must be UTF-8.
 */
public final class StoryReader {

    private final FormatSettings settings;

    public StoryReader(FormatSettings settings) {
        this.settings = requireNonNull(settings, "settings");
    }

    /**
     * Reads a file in the format its extension selects ({@link StoryFormat#forFileName}). Plain
     * text takes the file's last-modified time as its publication time.
     *
     * @throws RejectedInputException when the file is not a story file ingest can read
     * @throws IOException when the file cannot be read at all (gone, no permission)
     */
    public ParsedStories read(Path file) throws RejectedInputException, IOException {
        StoryFormat format = StoryFormat.forFileName(file.getFileName().toString());
        checkSize(Files.size(file));
        Instant modified = Files.getLastModifiedTime(file).toInstant();
        try (InputStream in = Files.newInputStream(file)) {
            // The file may have grown since its size was checked: never read more than the limit.
            byte[] bytes = in.readNBytes(Math.toIntExact(settings.maxBytes() + 1));
            return parse(format, bytes, modified);
        }
    }

    /**
     * Reads a payload received in the format called {@code formatName} ({@link
     * StoryFormat#named}). Plain text takes the clock's current time as its publication time.
     */
    public ParsedStories parse(String formatName, byte[] payload) throws RejectedInputException {
        return parse(StoryFormat.named(formatName), payload);
    }

    /** Reads a payload received in {@code format}, e.g. over HTTP; as {@link #parse(String, byte[])}. */
    public ParsedStories parse(StoryFormat format, byte[] payload) throws RejectedInputException {
        return parse(format, payload, settings.clock().instant());
    }

    private ParsedStories parse(StoryFormat format, byte[] payload, Instant textTime) throws RejectedInputException {
        checkSize(payload.length);
        Ingestion ingestion =
                new Ingestion(settings.defaultSource(), settings.clock().instant());
        ParsedStories parsed =
                switch (format) {
                    case NINJS -> NinjsReader.read(StrictUtf8.decode(payload), ingestion);
                    case JSON_LINES -> JsonLinesReader.read(payload, StrictUtf8.check(payload), ingestion);
                    case PLAIN_TEXT -> PlainTextReader.read(StrictUtf8.decode(payload), textTime, ingestion);
                    case NEWSML_G2 -> NewsmlG2Reader.read(StrictUtf8.decode(payload), ingestion);
                };
        return parsed.requireSomeStory();
    }

    private void checkSize(long bytes) throws RejectedInputException {
        if (bytes > settings.maxBytes()) {
            throw new RejectedInputException("is " + bytes + " bytes, over the limit of " + settings.maxBytes()
                    + " bytes: split it into smaller files or raise the ingest's maximum file size");
        }
    }
}
