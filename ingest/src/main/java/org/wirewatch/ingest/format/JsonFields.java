package org.wirewatch.ingest.format;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import org.wirewatch.model.json.Json;

/**
 * Reads untrusted JSON and its fields, turning every surprise into a {@link
 * RejectedInputException} whose reason names the field and what was expected.
 */
final class JsonFields {

    private static final int MAX_DETAIL_CHARS = 200;

    private JsonFields() {}

    /** Parses one JSON document with the bounded {@link Json#mapper()}. */
    static JsonNode parse(String text) throws RejectedInputException {
        JsonNode root;
        try {
            root = Json.mapper().readTree(text);
        } catch (JacksonException e) {
            throw new RejectedInputException(
                    "is not valid JSON" + where(e.getLocation(), text) + ": " + detail(e.getOriginalMessage()), e);
        }
        if (root == null || root.isMissingNode()) {
            throw new RejectedInputException("is empty: no JSON document");
        }
        return root;
    }

    /** @return the string value, or null when the field is absent or JSON null */
    static String text(JsonNode object, String field) throws RejectedInputException {
        JsonNode value = object.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw new RejectedInputException("field '" + field + "' must be a string, not " + describe(value));
        }
        return value.textValue();
    }

    /** @return the instant, or null when the field is absent or JSON null */
    static Instant instant(JsonNode object, String field) throws RejectedInputException {
        String value = text(object, field);
        if (value == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.strip(), DateTimeFormatter.ISO_OFFSET_DATE_TIME)
                    .toInstant();
        } catch (DateTimeParseException e) {
            throw new RejectedInputException("field '" + field + "' is not an ISO-8601 date-time with a time zone"
                    + " offset, such as 2022-10-17T09:30:00Z: '" + abbreviate(value) + "'");
        }
    }

    /** An article and the JSON type, e.g. {@code a number}, {@code an array}. */
    static String describe(JsonNode node) {
        return switch (node.getNodeType()) {
            case ARRAY -> "an array";
            case OBJECT, POJO -> "an object";
            case NUMBER -> "a number";
            case BOOLEAN -> "a boolean";
            case STRING -> "a string";
            case NULL, MISSING -> "null";
            case BINARY -> "binary data";
        };
    }

    static String abbreviate(String text) {
        return text.length() <= MAX_DETAIL_CHARS ? text : text.substring(0, MAX_DETAIL_CHARS) + "…";
    }

    /** A one-line input (a JSON Lines line) is located by column only. */
    private static String where(JsonLocation location, String text) {
        if (location == null || location.getLineNr() < 1) {
            return "";
        }
        if (text.indexOf('\n') < 0) {
            return " at column " + location.getColumnNr();
        }
        return " at line " + location.getLineNr() + ", column " + location.getColumnNr();
    }

    /**
     * Jackson's own message, cut to its first line and without the parts that speak of Jackson
     * rather than of the input (source excerpts, bound types, feature names).
     */
    private static String detail(String message) {
        if (message == null || message.isBlank()) {
            return "unreadable document";
        }
        if (message.startsWith("Trailing token")) {
            return "more content after the first JSON value";
        }
        String line = message.lines().findFirst().orElse(message);
        int internal = line.indexOf(" (start marker at");
        return abbreviate(internal < 0 ? line : line.substring(0, internal));
    }
}
