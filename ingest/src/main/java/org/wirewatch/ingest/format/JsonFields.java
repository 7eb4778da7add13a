package org.wirewatch.ingest.format;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
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
            throw notJson(e, text.indexOf('\n') >= 0);
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
        return value == null ? null : instant(field, value);
    }

    /** Reads the value of {@code field} as an ISO-8601 instant with an offset. */
    static Instant instant(String field, String value) throws RejectedInputException {
        try {
            return OffsetDateTime.parse(value.strip(), DateTimeFormatter.ISO_OFFSET_DATE_TIME)
                    .toInstant();
        } catch (DateTimeParseException e) {
            throw new RejectedInputException("field '" + field + "' is not an ISO-8601 date-time with a time zone"
                    + " offset, such as 2022-10-17T09:30:00Z: '" + abbreviate(value) + "'");
        }
    }

    /** The reason for a document Jackson could not parse; a multi-line one is located by line too. */
    static RejectedInputException notJson(JacksonException e, boolean multiLine) {
        if (e instanceof StreamConstraintsException) {
            // Nesting, number or string length past the bounded parser's limits: say which limit,
            // without the Jackson method the message points at.
            String message = String.valueOf(e.getOriginalMessage());
            int source = message.indexOf(", from `");
            String limit = source < 0 ? message : message.substring(0, source) + ")";
            return new RejectedInputException("is over a JSON parsing limit: " + abbreviate(limit), e);
        }
        return new RejectedInputException(
                "is not valid JSON" + where(e.getLocation(), multiLine) + ": " + detail(e.getOriginalMessage()), e);
    }

    /** As {@link #describe(JsonNode)}, for the token that starts a value. */
    static String describe(JsonToken token) {
        return switch (token) {
            case START_ARRAY -> "an array";
            case START_OBJECT -> "an object";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_STRING -> "a string";
            case VALUE_EMBEDDED_OBJECT -> "binary data";
            default -> "null";
        };
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
    private static String where(JsonLocation location, boolean multiLine) {
        if (location == null || location.getLineNr() < 1) {
            return "";
        }
        if (!multiLine) {
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
