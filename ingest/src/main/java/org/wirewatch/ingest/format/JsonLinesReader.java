package org.wirewatch.ingest.format;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.wirewatch.model.Story;
import org.wirewatch.model.json.Json;

/**
 * JSON Lines in wirewatch's own story shape ({@code id}, {@code source}, {@code url}, {@code
 * headline}, {@code body}, {@code publishedAt}, {@code language}, {@code byline}, {@code
 * dateline}); an {@code ingestedAt} in the input is ignored, since it is ours to set. Each line
 * stands alone: a bad line is rejected with its number and the others are read. Blank lines are
 * skipped.
 *
 * <p>This is the bulk format (archives, replays), so lines are parsed as a token stream straight
 * from the UTF-8 bytes: no decoded copy of the file, no line strings and no JSON tree. A line
 * becomes text only when it is rejected, for the operator to see.
 */
final class JsonLinesReader {

    private JsonLinesReader() {}

    /** @param utf8 the input, already checked to be UTF-8; {@code from} skips a byte-order mark */
    static ParsedStories read(byte[] utf8, int from, Ingestion ingestion) {
        List<Story> stories = new ArrayList<>();
        List<RejectedPart> rejections = new ArrayList<>();
        int lineNumber = 0;
        for (int start = from; start < utf8.length; ) {
            // A newline byte never occurs inside a multi-byte UTF-8 sequence, so bytes can be split on it.
            int end = ByteScan.nextNewline(utf8, start);
            lineNumber++;
            if (!isBlank(utf8, start, end)) {
                try {
                    stories.add(story(utf8, start, end, ingestion));
                } catch (RejectedInputException e) {
                    String line = new String(utf8, start, end - start, StandardCharsets.UTF_8).strip();
                    rejections.add(new RejectedPart("line", lineNumber, e.reason(), line));
                }
            }
            start = end + 1;
        }
        return new ParsedStories(stories, rejections);
    }

    private static boolean isBlank(byte[] utf8, int start, int end) {
        for (int i = start; i < end; i++) {
            byte b = utf8[i];
            if (b != ' ' && b != '\t' && b != '\r' && b != '\f' && b != 0x0B) {
                return false;
            }
        }
        return true;
    }

    private static Story story(byte[] utf8, int start, int end, Ingestion ingestion) throws RejectedInputException {
        try (JsonParser parser = Json.mapper().getFactory().createParser(utf8, start, end - start)) {
            return StoryLine.read(parser).toStory(ingestion);
        } catch (JacksonException e) {
            throw JsonFields.notJson(e, false);
        } catch (IOException e) {
            // Parsing bytes in memory does no I/O; Jackson declares it all the same.
            throw new RejectedInputException("could not be read: " + e.getMessage(), e);
        }
    }

    /** The fields of one line's story object, read token by token. */
    private static final class StoryLine {

        private String id;
        private String source;
        private String url;
        private String headline;
        private String body;
        private String publishedAt;
        private String language;
        private String byline;
        private String dateline;

        static StoryDraft read(JsonParser parser) throws IOException, RejectedInputException {
            JsonToken first = parser.nextToken();
            if (first != JsonToken.START_OBJECT) {
                throw new RejectedInputException(
                        first == null
                                ? "is empty: no JSON document"
                                : "is " + JsonFields.describe(first) + ", not a story object");
            }
            StoryLine line = new StoryLine();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                parser.nextToken();
                line.set(field, parser);
            }
            if (parser.nextToken() != null) {
                throw new RejectedInputException("is not valid JSON: more content after the first JSON value");
            }
            return line.draft();
        }

        private void set(String field, JsonParser parser) throws IOException, RejectedInputException {
            switch (field) {
                case "id" -> id = text(field, parser);
                case "source" -> source = text(field, parser);
                case "url" -> url = text(field, parser);
                case "headline" -> headline = text(field, parser);
                case "body" -> body = text(field, parser);
                case "publishedAt" -> publishedAt = text(field, parser);
                case "language" -> language = text(field, parser);
                case "byline" -> byline = text(field, parser);
                case "dateline" -> dateline = text(field, parser);
                default -> parser.skipChildren();
            }
        }

        private static String text(String field, JsonParser parser) throws IOException, RejectedInputException {
            JsonToken token = parser.currentToken();
            if (token == JsonToken.VALUE_NULL) {
                return null;
            }
            if (token != JsonToken.VALUE_STRING) {
                throw new RejectedInputException(
                        "field '" + field + "' must be a string, not " + JsonFields.describe(token));
            }
            return parser.getText();
        }

        private StoryDraft draft() throws RejectedInputException {
            if (publishedAt == null) {
                throw new RejectedInputException("has no publishedAt: the story's time is needed to order it");
            }
            return new StoryDraft(
                    id,
                    source,
                    url,
                    headline,
                    body,
                    JsonFields.instant("publishedAt", publishedAt),
                    language,
                    byline,
                    dateline);
        }
    }
}
