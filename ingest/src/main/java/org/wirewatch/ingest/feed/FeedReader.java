package org.wirewatch.ingest.feed;

import static java.util.Objects.requireNonNull;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.wirewatch.ingest.format.FormatSettings;
import org.wirewatch.ingest.format.Ingestion;
import org.wirewatch.ingest.format.ParsedStories;
import org.wirewatch.ingest.format.RejectedInputException;
import org.wirewatch.ingest.format.RejectedPart;
import org.wirewatch.model.Story;
import org.xml.sax.InputSource;

/**
 * Reads an RSS (0.9x to 2.0, 1.0) or Atom feed into stories with Rome. The feed as a whole is
 * rejected when it is too large, not XML, not a feed (an HTML page), or declares a DOCTYPE: Rome's
 * parser refuses DOCTYPEs unless told otherwise, which shuts out external entities (XXE) and
 * entity expansion (billion laughs) before any entity is read. An item that cannot become a story is
 * one {@link RejectedPart} and the other items are still read.
 */
public final class FeedReader {

    private static final int PREFIX_SNIFFED = 512;

    private final FormatSettings settings;

    public FeedReader(FormatSettings settings) {
        this.settings = requireNonNull(settings, "settings");
    }

    /**
     * @param feed the feed's bytes; the encoding is the XML declaration's, UTF-8 when it has none
     * @param feedName the stories' {@code source} (the feed's name in the feeds config)
     * @return the stories of the items that could be read and a rejection for each other item; both
     *     empty for a feed without items
     * @throws RejectedInputException when nothing of the input can be read as a feed
     */
    public ParsedStories read(byte[] feed, String feedName) throws RejectedInputException {
        return read(feed, feedName, null);
    }

    /**
     * @param defaultLanguage the stories' language when the feed declares none (the feeds
     *     config's), or null
     */
    public ParsedStories read(byte[] feed, String feedName, String defaultLanguage) throws RejectedInputException {
        if (feed.length > settings.maxBytes()) {
            throw new RejectedInputException(
                    "the feed is " + feed.length + " bytes, over the limit of " + settings.maxBytes() + " bytes");
        }
        SyndFeed parsed = parse(feed);
        Ingestion ingestion = new Ingestion(feedName, Instant.now(settings.clock()));
        List<Story> stories = new ArrayList<>();
        List<RejectedPart> rejections = new ArrayList<>();
        List<SyndEntry> entries = parsed.getEntries();
        String language =
                parsed.getLanguage() == null || parsed.getLanguage().isBlank() ? defaultLanguage : parsed.getLanguage();
        for (int i = 0; i < entries.size(); i++) {
            SyndEntry entry = entries.get(i);
            try {
                stories.add(FeedEntries.draft(entry, language).toStory(ingestion));
            } catch (RejectedInputException e) {
                rejections.add(new RejectedPart("item", i + 1, e.reason(), FeedEntries.describe(entry)));
            }
        }
        return new ParsedStories(stories, rejections);
    }

    private static SyndFeed parse(byte[] feed) throws RejectedInputException {
        if (looksLikeHtml(feed)) {
            throw new RejectedInputException(
                    "is an HTML page, not an RSS or Atom feed: check the feed URL (a feed starts with <rss or <feed)");
        }
        SyndFeedInput input = new SyndFeedInput();
        // Both are Rome's defaults; set here because the safety of reading untrusted feeds rests on them.
        input.setAllowDoctypes(false);
        input.setPreserveWireFeed(true);
        try {
            return input.build(new InputSource(new ByteArrayInputStream(feed)));
        } catch (FeedException e) {
            String detail = String.valueOf(e.getMessage());
            if (detail.contains("DOCTYPE")) {
                throw new RejectedInputException(
                        "declares a DOCTYPE, which feeds may not: a DOCTYPE can define"
                                + " external entities (XXE) or entities that expand without bound (billion laughs)",
                        e);
            }
            throw new RejectedInputException("is not well-formed XML: " + detail, e);
        } catch (IllegalArgumentException e) {
            throw new RejectedInputException("is XML but not an RSS or Atom feed: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            // Rome's converters were not written for hostile input; a feed that trips one is that
            // feed's rejection, never the poller's failure.
            throw new RejectedInputException("could not be read as a feed: " + e, e);
        }
    }

    /** Sniffs the start of the bytes (ASCII-compatible encodings) for an HTML document. */
    private static boolean looksLikeHtml(byte[] feed) {
        String start = new String(feed, 0, Math.min(feed.length, PREFIX_SNIFFED), StandardCharsets.ISO_8859_1)
                .replace("\u00EF\u00BB\u00BF", "")
                .stripLeading()
                .toLowerCase(Locale.ROOT);
        return start.startsWith("<!doctype html") || start.startsWith("<html");
    }
}
