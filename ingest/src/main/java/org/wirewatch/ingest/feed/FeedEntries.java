package org.wirewatch.ingest.feed;

import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.rss.Item;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import java.util.Date;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.wirewatch.ingest.format.HtmlText;
import org.wirewatch.ingest.format.RejectedInputException;
import org.wirewatch.ingest.format.StoryDraft;

/** How an RSS item or Atom entry maps to a story draft. */
final class FeedEntries {

    private static final int DESCRIBED_CHARS = 300;

    private FeedEntries() {}

    /**
     * @param feedLanguage the feed's {@code language}, the story's language (may be null)
     * @throws RejectedInputException when the item has no date: publishedAt orders everything
     */
    static StoryDraft draft(SyndEntry entry, String feedLanguage) throws RejectedInputException {
        Date published = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
        if (published == null) {
            throw new RejectedInputException(
                    "has no date that can be read (pubDate, dc:date, published or updated): a story needs its time");
        }
        return new StoryDraft(
                sourceId(entry),
                null,
                entry.getLink(),
                entry.getTitle() == null ? null : HtmlText.toPlainText(entry.getTitle()),
                body(entry),
                published.toInstant(),
                feedLanguage,
                entry.getAuthor(),
                null);
    }

    /**
     * The item's own id: RSS guid, Atom id. Rome's entry URI is not used because, for an RSS item
     * without a guid, Rome fills it with the link; the story id then comes from the canonical link.
     */
    private static String sourceId(SyndEntry entry) {
        Object wire = entry.getWireEntry();
        if (wire instanceof Item item) {
            return item.getGuid() == null ? null : item.getGuid().getValue();
        }
        if (wire instanceof Entry atom) {
            return atom.getId();
        }
        return entry.getUri();
    }

    /** The full content when the item has it (content:encoded, Atom content), else the summary. */
    private static String body(SyndEntry entry) {
        return Stream.concat(entry.getContents().stream(), Stream.ofNullable(entry.getDescription()))
                .filter(content ->
                        content.getValue() != null && !content.getValue().isBlank())
                .findFirst()
                .map(FeedEntries::text)
                .orElse(null);
    }

    private static String text(SyndContent content) {
        String type = content.getType() == null ? "" : content.getType().toLowerCase(Locale.ROOT);
        // Untyped RSS descriptions are HTML in practice; only declared plain text is kept as is.
        return type.equals("text") || type.equals("text/plain")
                ? content.getValue()
                : HtmlText.toPlainText(content.getValue());
    }

    /** The item as an operator would recognise it, for a rejection. */
    static String describe(SyndEntry entry) {
        String described = Stream.of(entry.getTitle(), entry.getLink(), entry.getUri())
                .filter(Objects::nonNull)
                .distinct()
                .collect(Collectors.joining(" "));
        return described.length() <= DESCRIBED_CHARS ? described : described.substring(0, DESCRIBED_CHARS) + "…";
    }
}
