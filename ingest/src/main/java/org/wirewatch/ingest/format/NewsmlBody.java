package org.wirewatch.ingest.format;

import java.util.Locale;
import java.util.regex.Pattern;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The body text of a NewsML-G2 {@code contentSet}: the first {@code inlineXML} or {@code
 * inlineData} rendition with text in it. XHTML markup goes through {@link HtmlText}, so paragraphs
 * become line breaks exactly as in ninjs bodies; the XML parser has already decoded the entities.
 */
final class NewsmlBody {

    private static final String XHTML = "http://www.w3.org/1999/xhtml";
    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");

    private NewsmlBody() {}

    /** @return the body as plain text, or null when there is none */
    static String of(Element contentSet) {
        for (Element rendition : NewsmlElements.children(contentSet)) {
            String text = NewsmlElements.is(rendition, "inlineXML")
                    ? xhtmlText(rendition)
                    : NewsmlElements.is(rendition, "inlineData") ? dataText(rendition) : null;
            if (text != null && !text.isBlank()) {
                return text;
            }
        }
        return null;
    }

    /** The XHTML {@code body} when there is one, so a {@code head/title} is not read as body text. */
    private static String xhtmlText(Element inlineXml) {
        Element body = xhtmlBody(inlineXml);
        StringBuilder markup = new StringBuilder();
        for (Node node = (body != null ? body : inlineXml).getFirstChild();
                node != null;
                node = node.getNextSibling()) {
            markup.append(NewsmlElements.markup(node));
        }
        // Line breaks in XHTML source are only white space; paragraphs come from the block tags.
        return HtmlText.toPlainText(WHITE_SPACE.matcher(markup).replaceAll(" "));
    }

    private static Element xhtmlBody(Element inlineXml) {
        var bodies = inlineXml.getElementsByTagNameNS(XHTML, "body");
        return bodies.getLength() == 0 ? null : (Element) bodies.item(0);
    }

    /** Plain text unless the rendition says it is HTML. */
    private static String dataText(Element inlineData) {
        String text = inlineData.getTextContent();
        String type = inlineData.getAttribute("contenttype").toLowerCase(Locale.ROOT);
        return type.contains("html") ? HtmlText.toPlainText(text) : text;
    }
}
