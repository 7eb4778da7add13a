package org.wirewatch.ingest.format;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The array-valued parts of ninjs 2.x: {@code headlines[]}, {@code bodies[]} and {@code
 * infosources[]}. Where several are given, the one without a role or with role {@code main} is the
 * story's; a plain-text body is preferred to an HTML one, which is turned into text.
 */
final class NinjsParts {

    private static final String MAIN_ROLE = "main";

    private NinjsParts() {}

    /** @return the main headline's value, or null when there is none */
    static String headline(JsonNode item) throws RejectedInputException {
        for (JsonNode headline : preferred(elements(item, "headlines"))) {
            String value = JsonFields.text(headline, "value");
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return null;
    }

    /** @return the main body as plain text, or null when there is none in a text type */
    static String body(JsonNode item) throws RejectedInputException {
        List<JsonNode> bodies = preferred(elements(item, "bodies"));
        for (JsonNode body : bodies) {
            String value = JsonFields.text(body, "value");
            if (value != null && !value.isBlank() && contentType(body).startsWith("text/plain")) {
                return value;
            }
        }
        for (JsonNode body : bodies) {
            String value = JsonFields.text(body, "value");
            if (value != null && !value.isBlank() && contentType(body).startsWith("text/html")) {
                return HtmlText.toPlainText(value);
            }
        }
        return null;
    }

    /** @return the first infosource's name, or null */
    static String infoSourceName(JsonNode item) throws RejectedInputException {
        for (JsonNode source : elements(item, "infosources")) {
            String name = JsonFields.text(source, "name");
            if (name != null && !name.isBlank()) {
                return name;
            }
        }
        return null;
    }

    /** The array's objects; absent means none, anything but an array of objects is rejected. */
    private static List<JsonNode> elements(JsonNode item, String field) throws RejectedInputException {
        JsonNode array = item.get(field);
        if (array == null || array.isNull()) {
            return List.of();
        }
        if (!array.isArray()) {
            throw new RejectedInputException(
                    "field '" + field + "' must be an array, not " + JsonFields.describe(array));
        }
        List<JsonNode> objects = new ArrayList<>();
        for (JsonNode element : array) {
            if (!element.isObject()) {
                throw new RejectedInputException(
                        "field '" + field + "' must hold objects, not " + JsonFields.describe(element));
            }
            objects.add(element);
        }
        return objects;
    }

    /** Main (or role-less) parts first, then the others, each group in document order. */
    private static List<JsonNode> preferred(List<JsonNode> parts) throws RejectedInputException {
        List<JsonNode> main = new ArrayList<>();
        List<JsonNode> others = new ArrayList<>();
        for (JsonNode part : parts) {
            String role = JsonFields.text(part, "role");
            (role == null || MAIN_ROLE.equalsIgnoreCase(role.strip()) ? main : others).add(part);
        }
        main.addAll(others);
        return main;
    }

    /** A body without {@code contenttype} is plain text, as ninjs leaves it to the provider. */
    private static String contentType(JsonNode body) throws RejectedInputException {
        String type = JsonFields.text(body, "contenttype");
        return type == null ? "text/plain" : type.strip().toLowerCase(Locale.ROOT);
    }
}
