package org.wirewatch.ingest.format;

import java.io.IOException;
import java.io.StringReader;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The one XML parser ingest uses for untrusted input. A document with a DOCTYPE is refused outright
 * rather than parsed with its entities skipped: no legitimate news item needs a DTD, and refusing
 * it closes external entities (XXE), entity expansion (billion laughs) and DTD fetches at once.
 * XInclude is off and secure processing on, as a second line. The caller has already applied the
 * byte limit and decoded the bytes as strict UTF-8, so the parser only ever sees bounded text.
 */
final class HardenedXml {

    private static final String DISALLOW_DOCTYPE = "http://apache.org/xml/features/disallow-doctype-decl";
    private static final DocumentBuilderFactory FACTORY = hardenedFactory();

    /** Errors are reported by exception only; the default handler would also print to stderr. */
    private static final ErrorHandler THROW_ON_ERROR = new ErrorHandler() {
        @Override
        public void warning(SAXParseException e) {}

        @Override
        public void error(SAXParseException e) throws SAXParseException {
            throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXParseException {
            throw e;
        }
    };

    private HardenedXml() {}

    /** Parses one namespace-aware document; every failure is a rejection with a reason. */
    static Document parse(String text) throws RejectedInputException {
        if (text.isBlank()) {
            throw new RejectedInputException("is empty: no XML document");
        }
        try {
            DocumentBuilder builder = newBuilder();
            builder.setErrorHandler(THROW_ON_ERROR);
            // Any reference to an outside resource that slips past the features above fails here.
            builder.setEntityResolver((publicId, systemId) -> {
                throw new SAXException("refers to an external resource '" + systemId + "'");
            });
            return builder.parse(new InputSource(new StringReader(text)));
        } catch (SAXParseException e) {
            throw new RejectedInputException(reason(e), e);
        } catch (SAXException | IOException e) {
            throw new RejectedInputException(
                    "is not valid XML: " + JsonFields.abbreviate(firstLine(e.getMessage())), e);
        }
    }

    private static String reason(SAXParseException e) {
        String message = firstLine(e.getMessage());
        // The JDK parser names the feature that refused the DOCTYPE; no other error mentions it.
        if (message.contains(DISALLOW_DOCTYPE)) {
            return "declares a DOCTYPE, which ingest refuses: a DTD can read local files or expand entities"
                    + " without bound (XXE, billion laughs); send the news item without a DOCTYPE";
        }
        return "is not valid XML at line " + e.getLineNumber() + ", column " + e.getColumnNumber() + ": "
                + JsonFields.abbreviate(message);
    }

    private static String firstLine(String message) {
        return message == null || message.isBlank()
                ? "unreadable document"
                : message.lines().findFirst().orElse(message).strip();
    }

    /** Factories are not guaranteed thread-safe; builders are cheap and used by one call each. */
    private static DocumentBuilder newBuilder() {
        synchronized (FACTORY) {
            try {
                return FACTORY.newDocumentBuilder();
            } catch (ParserConfigurationException e) {
                throw new IllegalStateException("the hardened XML parser cannot be built", e);
            }
        }
    }

    private static DocumentBuilderFactory hardenedFactory() {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        try {
            factory.setFeature(DISALLOW_DOCTYPE, true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        } catch (ParserConfigurationException e) {
            // Without these features the parser is unsafe for untrusted input: refuse to start.
            throw new IllegalStateException("the JDK's XML parser does not support the hardening features", e);
        }
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        factory.setNamespaceAware(true);
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        factory.setValidating(false);
        return factory;
    }
}
