package org.wirewatch.ingest.format;

import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.ls.DOMImplementationLS;
import org.w3c.dom.ls.LSSerializer;

/**
 * Navigation in a NewsML-G2 document by namespace and local name, so that any prefix the provider
 * chose (or none) is read the same. Every lookup tolerates an absent parent (null) and answers
 * null, since most of a news item is optional.
 */
final class NewsmlElements {

    static final String NAR = "http://iptc.org/std/nar/2006-10-01/";

    private NewsmlElements() {}

    static boolean is(Element element, String localName) {
        return element != null && NAR.equals(element.getNamespaceURI()) && localName.equals(element.getLocalName());
    }

    /** @return the first child element in the NewsML-G2 namespace called {@code localName}, or null */
    static Element child(Element parent, String localName) {
        return children(parent).stream()
                .filter(child -> is(child, localName))
                .findFirst()
                .orElse(null);
    }

    /** @return the stripped text of that child, or null when it is absent or blank */
    static String childText(Element parent, String localName) {
        Element child = child(parent, localName);
        String text = child == null ? null : child.getTextContent();
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** The element children of {@code parent} in document order; none for null. */
    static List<Element> children(Element parent) {
        List<Element> elements = new ArrayList<>();
        if (parent == null) {
            return elements;
        }
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element) {
                elements.add(element);
            }
        }
        return elements;
    }

    /** The news items of a {@code newsMessage}: those of every {@code itemSet}, in order. */
    static List<Element> itemsOf(Element newsMessage) {
        List<Element> items = new ArrayList<>();
        for (Element child : children(newsMessage)) {
            if (is(child, "itemSet")) {
                children(child).stream().filter(item -> is(item, "newsItem")).forEach(items::add);
            }
        }
        return items;
    }

    /** E.g. {@code <rss>} or {@code <newsItem> in namespace urn:other}, for a rejection's reason. */
    static String describe(Element element) {
        String name = element.getLocalName() != null ? element.getLocalName() : element.getTagName();
        String namespace = element.getNamespaceURI();
        return "<" + name + ">" + (namespace == null ? "" : " in namespace " + namespace);
    }

    /** The element as markup, for a rejected part's payload or for HTML-to-text conversion. */
    static String markup(Node node) {
        DOMImplementationLS ls = (DOMImplementationLS) node.getOwnerDocument().getImplementation();
        LSSerializer serializer = ls.createLSSerializer();
        serializer.getDomConfig().setParameter("xml-declaration", false);
        return serializer.writeToString(node);
    }
}
