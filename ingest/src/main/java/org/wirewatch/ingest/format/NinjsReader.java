package org.wirewatch.ingest.format;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.wirewatch.model.Story;

/**
 * IPTC ninjs, 1.x ({@code headline}, {@code body_text}, {@code body_html}, {@code byline}) and 2.x
 * ({@code headlines[]}, {@code bodies[]}, {@code by}); a document may mix them, and the 1.x field
 * wins. The {@code uri} is the story id; {@code versioncreated} (else {@code firstcreated}) its
 * time; {@code located} its dateline; {@code copyrightholder}, else the first named {@code
 * infosources[]} entry, its source. A uri that is an http(s) address is also the story's url.
 */
final class NinjsReader {

    private NinjsReader() {}

    static ParsedStories read(String text, Ingestion ingestion) throws RejectedInputException {
        JsonNode root = JsonFields.parse(text);
        if (root.isObject()) {
            return new ParsedStories(List.of(item(root, ingestion)), List.of());
        }
        if (!root.isArray()) {
            throw new RejectedInputException(
                    "is " + JsonFields.describe(root) + ", not a ninjs object or an array of ninjs objects");
        }
        List<Story> stories = new ArrayList<>();
        List<RejectedPart> rejections = new ArrayList<>();
        for (int i = 0; i < root.size(); i++) {
            try {
                stories.add(item(root.get(i), ingestion));
            } catch (RejectedInputException e) {
                rejections.add(
                        new RejectedPart("item", i + 1, e.reason(), root.get(i).toString()));
            }
        }
        return new ParsedStories(stories, rejections);
    }

    private static Story item(JsonNode item, Ingestion ingestion) throws RejectedInputException {
        if (!item.isObject()) {
            throw new RejectedInputException("is " + JsonFields.describe(item) + ", not a ninjs object");
        }
        String uri = JsonFields.text(item, "uri");
        String body = body(item);
        if (body == null || body.isBlank()) {
            throw new RejectedInputException("has no body text: expected body_text, body_html or bodies[].value");
        }
        return new StoryDraft(
                        uri,
                        source(item),
                        isWebAddress(uri) ? uri : null,
                        firstNonNull(JsonFields.text(item, "headline"), NinjsParts.headline(item)),
                        body,
                        time(item),
                        JsonFields.text(item, "language"),
                        firstNonNull(JsonFields.text(item, "byline"), JsonFields.text(item, "by")),
                        JsonFields.text(item, "located"))
                .toStory(ingestion);
    }

    private static String body(JsonNode item) throws RejectedInputException {
        String plain = JsonFields.text(item, "body_text");
        if (plain != null && !plain.isBlank()) {
            return plain;
        }
        String html = JsonFields.text(item, "body_html");
        if (html != null && !html.isBlank()) {
            return HtmlText.toPlainText(html);
        }
        return NinjsParts.body(item);
    }

    private static Instant time(JsonNode item) throws RejectedInputException {
        Instant version = JsonFields.instant(item, "versioncreated");
        Instant first = version != null ? version : JsonFields.instant(item, "firstcreated");
        if (first == null) {
            throw new RejectedInputException("has neither versioncreated nor firstcreated: the story's time is"
                    + " needed to order it among others");
        }
        return first;
    }

    private static String source(JsonNode item) throws RejectedInputException {
        String holder = JsonFields.text(item, "copyrightholder");
        return holder != null && !holder.isBlank() ? holder : NinjsParts.infoSourceName(item);
    }

    private static boolean isWebAddress(String uri) {
        return uri != null && (uri.startsWith("http://") || uri.startsWith("https://"));
    }

    private static String firstNonNull(String first, String second) {
        return first != null && !first.isBlank() ? first : second;
    }
}
