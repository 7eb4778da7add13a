package org.wirewatch.ingest.format;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.wirewatch.model.Story;

/**
 * IPTC NewsML-G2 2.x: a {@code newsItem}, or a {@code newsMessage} whose {@code itemSet} holds
 * several; in a message a bad item is rejected with its number and the others are read. The
 * {@code guid} is the story id (and its url when it is an http(s) address); {@code
 * itemMeta/versionCreated}, else {@code contentMeta/contentCreated}, its time; {@code
 * itemMeta/provider}, else {@code contentMeta/creditline}, its source. The body is the first
 * {@code contentSet/inlineXML} (XHTML, turned into text) or {@code inlineData} with text in it.
 */
final class NewsmlG2Reader {

    private NewsmlG2Reader() {}

    static ParsedStories read(String text, Ingestion ingestion) throws RejectedInputException {
        Document document = HardenedXml.parse(text);
        Element root = document.getDocumentElement();
        if (NewsmlElements.is(root, "newsItem")) {
            return new ParsedStories(List.of(item(root, ingestion)), List.of());
        }
        if (!NewsmlElements.is(root, "newsMessage")) {
            throw new RejectedInputException("is XML with root element " + NewsmlElements.describe(root)
                    + ", not a NewsML-G2 newsItem or newsMessage in namespace " + NewsmlElements.NAR);
        }
        List<Story> stories = new ArrayList<>();
        List<RejectedPart> rejections = new ArrayList<>();
        List<Element> items = NewsmlElements.itemsOf(root);
        for (int i = 0; i < items.size(); i++) {
            try {
                stories.add(item(items.get(i), ingestion));
            } catch (RejectedInputException e) {
                rejections.add(new RejectedPart("item", i + 1, e.reason(), NewsmlElements.markup(items.get(i))));
            }
        }
        return new ParsedStories(stories, rejections);
    }

    private static Story item(Element item, Ingestion ingestion) throws RejectedInputException {
        Element itemMeta = NewsmlElements.child(item, "itemMeta");
        Element contentMeta = NewsmlElements.child(item, "contentMeta");
        String guid = item.getAttribute("guid");
        String body = NewsmlBody.of(NewsmlElements.child(item, "contentSet"));
        if (body == null || body.isBlank()) {
            throw new RejectedInputException(
                    "has no body text: expected contentSet/inlineXML (XHTML) or contentSet/inlineData");
        }
        return new StoryDraft(
                        guid,
                        source(itemMeta, contentMeta),
                        isWebAddress(guid) ? guid.strip() : null,
                        NewsmlElements.childText(contentMeta, "headline"),
                        body,
                        time(itemMeta, contentMeta),
                        language(item, contentMeta),
                        byline(contentMeta),
                        NewsmlElements.childText(contentMeta, "dateline"))
                .toStory(ingestion);
    }

    private static Instant time(Element itemMeta, Element contentMeta) throws RejectedInputException {
        String version = NewsmlElements.childText(itemMeta, "versionCreated");
        if (version != null) {
            return instant("itemMeta/versionCreated", version);
        }
        String created = NewsmlElements.childText(contentMeta, "contentCreated");
        if (created != null) {
            return instant("contentMeta/contentCreated", created);
        }
        throw new RejectedInputException("has neither itemMeta/versionCreated nor contentMeta/contentCreated: the"
                + " story's time is needed to order it among others");
    }

    private static Instant instant(String field, String value) throws RejectedInputException {
        try {
            return OffsetDateTime.parse(value.strip(), DateTimeFormatter.ISO_OFFSET_DATE_TIME)
                    .toInstant();
        } catch (DateTimeParseException e) {
            throw new RejectedInputException("field '" + field + "' is not an ISO-8601 date-time with a time zone"
                    + " offset, such as 2022-10-17T09:30:00Z: '" + JsonFields.abbreviate(value) + "'");
        }
    }

    /** The provider's name, else its literal or qcode; else the credit line. */
    private static String source(Element itemMeta, Element contentMeta) {
        Element provider = NewsmlElements.child(itemMeta, "provider");
        Stream<String> fromProvider = provider == null
                ? Stream.empty()
                : Stream.of(
                        NewsmlElements.childText(provider, "name"),
                        provider.getAttribute("literal"),
                        provider.getAttribute("qcode"));
        return Stream.concat(fromProvider, Stream.of(NewsmlElements.childText(contentMeta, "creditline")))
                .filter(candidate -> candidate != null && !candidate.isBlank())
                .findFirst()
                .orElse(null);
    }

    private static String language(Element item, Element contentMeta) {
        Element language = NewsmlElements.child(contentMeta, "language");
        if (language != null && !language.getAttribute("tag").isBlank()) {
            return language.getAttribute("tag");
        }
        return item.getAttributeNS(XMLConstants.XML_NS_URI, "lang");
    }

    private static String byline(Element contentMeta) {
        Element creator = NewsmlElements.child(contentMeta, "creator");
        String name = NewsmlElements.childText(creator, "name");
        return name != null ? name : NewsmlElements.childText(contentMeta, "by");
    }

    private static boolean isWebAddress(String uri) {
        String lower = uri.strip().toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://");
    }
}
