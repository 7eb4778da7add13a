package org.wirewatch.ingest.poller;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.wirewatch.model.json.Json;

/**
 * Reads and checks a feeds file:
 *
 * <pre>{"feeds": [{"name": "harbour-wire", "url": "https://news.example.org/rss",
 *   "interval": "PT5M", "language": "en", "enabled": true}]}</pre>
 *
 * <p>{@code name} and {@code url} are required; {@code interval} defaults to five minutes, {@code
 * language} to none and {@code enabled} to true. Every problem is reported with the feed's position
 * and name, and a misspelt field is an error rather than silently ignored.
 */
public final class FeedsConfig {

    /** A feeds file lists feeds, not stories: a larger one is a mistake. */
    static final long MAX_FILE_BYTES = 1024 * 1024;

    private static final Set<String> FIELDS = Set.of("name", "url", "interval", "language", "enabled");

    private FeedsConfig() {}

    /** @throws InvalidFeedsException with a reason naming the file, the feed and the field */
    public static List<FeedConfig> read(Path file) throws InvalidFeedsException {
        try {
            if (Files.size(file) > MAX_FILE_BYTES) {
                throw new InvalidFeedsException(
                        file + " is larger than " + MAX_FILE_BYTES + " bytes: not a feeds file");
            }
            return parse(Json.mapper().readTree(Files.readAllBytes(file)));
        } catch (JsonProcessingException e) {
            throw new InvalidFeedsException(
                    file + " is not valid JSON: " + e.getOriginalMessage() + " (line "
                            + e.getLocation().getLineNr() + ")",
                    e);
        } catch (IOException e) {
            throw new InvalidFeedsException("cannot read the feeds file " + file + ": " + e, e);
        } catch (InvalidFeedsException e) {
            throw new InvalidFeedsException(file + ": " + e.getMessage(), e);
        }
    }

    /**
     * The feeds of a file and of the command line together.
     *
     * @throws InvalidFeedsException when two feeds share a name
     */
    public static List<FeedConfig> combine(List<FeedConfig> first, List<FeedConfig> second)
            throws InvalidFeedsException {
        List<FeedConfig> all = new ArrayList<>(first);
        all.addAll(second);
        requireUniqueNames(all);
        return List.copyOf(all);
    }

    /**
     * Feeds given by URL only, named after their hosts; a second feed of the same host gets {@code
     * -2}, and so on.
     */
    public static List<FeedConfig> quickStart(List<String> urls) {
        List<FeedConfig> feeds = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (String url : urls) {
            FeedConfig feed = FeedConfig.quickStart(url);
            String name = feed.name();
            for (int n = 2; !names.add(name); n++) {
                name = feed.name() + "-" + n;
            }
            feeds.add(feed.renamed(name));
        }
        return List.copyOf(feeds);
    }

    static List<FeedConfig> parse(JsonNode root) throws InvalidFeedsException {
        JsonNode feeds = root.path("feeds");
        if (!root.isObject() || !feeds.isArray()) {
            throw new InvalidFeedsException("the file must be an object with a \"feeds\" array, e.g."
                    + " {\"feeds\": [{\"name\": \"harbour-wire\", \"url\": \"https://news.example.org/rss\"}]}");
        }
        List<FeedConfig> configs = new ArrayList<>();
        for (int i = 0; i < feeds.size(); i++) {
            JsonNode feed = feeds.get(i);
            String where = "feeds[" + i + "]"
                    + (feed.path("name").isTextual() ? " (" + feed.get("name").asText() + ")" : "");
            try {
                configs.add(feed(feed));
            } catch (IllegalArgumentException e) {
                throw new InvalidFeedsException(where + ": " + e.getMessage(), e);
            }
        }
        requireUniqueNames(configs);
        return List.copyOf(configs);
    }

    private static FeedConfig feed(JsonNode feed) {
        if (!feed.isObject()) {
            throw new IllegalArgumentException("each feed must be an object with at least \"name\" and \"url\"");
        }
        for (Iterator<String> names = feed.fieldNames(); names.hasNext(); ) {
            String field = names.next();
            if (!FIELDS.contains(field)) {
                throw new IllegalArgumentException("unknown field \"" + field + "\"; a feed has " + FIELDS);
            }
        }
        String url = text(feed, "url", null);
        Duration interval;
        try {
            interval = Duration.parse(text(feed, "interval", FeedConfig.DEFAULT_INTERVAL.toString()));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(
                    "interval '" + feed.get("interval").asText()
                            + "' is not an ISO-8601 duration such as PT5M or PT30S",
                    e);
        }
        JsonNode enabled = feed.path("enabled");
        if (!enabled.isMissingNode() && !enabled.isBoolean()) {
            throw new IllegalArgumentException("\"enabled\" must be true or false");
        }
        return new FeedConfig(
                text(feed, "name", null),
                URI.create(url),
                interval,
                text(feed, "language", ""),
                enabled.isMissingNode() || enabled.asBoolean());
    }

    /** The field's text; the fallback when absent, or an error when there is none. */
    private static String text(JsonNode feed, String field, String fallback) {
        JsonNode value = feed.path(field);
        if (value.isMissingNode() || value.isNull()) {
            if (fallback == null) {
                throw new IllegalArgumentException("\"" + field + "\" is missing");
            }
            return fallback.isEmpty() ? null : fallback;
        }
        if (!value.isTextual() || value.asText().isBlank()) {
            throw new IllegalArgumentException("\"" + field + "\" must be a non-empty string");
        }
        return value.asText().strip();
    }

    private static void requireUniqueNames(List<FeedConfig> feeds) throws InvalidFeedsException {
        Set<String> names = new HashSet<>();
        for (FeedConfig feed : feeds) {
            if (!names.add(feed.name())) {
                throw new InvalidFeedsException(
                        "two feeds are named '" + feed.name() + "': give each feed its own name");
            }
        }
    }
}
