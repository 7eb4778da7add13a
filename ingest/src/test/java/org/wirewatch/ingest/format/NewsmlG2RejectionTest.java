package org.wirewatch.ingest.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.wirewatch.ingest.format.Inputs.reader;
import static org.wirewatch.ingest.format.Inputs.resource;
import static org.wirewatch.ingest.format.Inputs.utf8;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;

/** Hostile and broken XML: each must be a rejection with a reason a person can act on. */
class NewsmlG2RejectionTest {

    private static final String DOCTYPE_REASON = "declares a DOCTYPE, which ingest refuses";
    private static final String ITEM_START =
            "<newsItem xmlns=\"http://iptc.org/std/nar/2006-10-01/\" guid=\"urn:test:x\">"
                    + "<itemMeta><versionCreated>2023-12-14T17:05:00Z</versionCreated></itemMeta>";

    @Test
    @EnabledIf("passwdIsReadable")
    void shouldRefuseAnExternalEntityWithoutReadingTheFile() throws Exception {
        // Given an item whose body would be /etc/passwd if the entity were resolved
        String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE newsItem [<!ENTITY leak SYSTEM \"file:///etc/passwd\">]>\n"
                + ITEM_START + "<contentSet><inlineData>&leak;</inlineData></contentSet></newsItem>";

        // When
        RejectedInputException rejection =
                catchThrowableOfType(RejectedInputException.class, () -> reader().parse("newsml", utf8(xxe)));

        // Then the DOCTYPE is refused and no line of the file appears anywhere in the outcome
        assertThat(rejection.reason()).startsWith(DOCTYPE_REASON);
        String outcome = everythingSaidAbout(rejection);
        Files.readAllLines(Path.of("/etc/passwd")).stream()
                .filter(line -> line.length() > 8)
                .forEach(line -> assertThat(outcome).doesNotContain(line));
        assertThat(outcome).doesNotContain("root:x:0:0");
    }

    @Test
    void shouldRefuseABillionLaughsDocument() {
        StringBuilder entities = new StringBuilder("<!ENTITY lol0 \"lol\">");
        for (int i = 1; i <= 9; i++) {
            String previous = "&lol" + (i - 1) + ";";
            entities.append("<!ENTITY lol")
                    .append(i)
                    .append(" \"")
                    .append(previous.repeat(10))
                    .append("\">");
        }
        String laughs = "<!DOCTYPE newsItem [" + entities + "]>" + ITEM_START
                + "<contentSet><inlineData>&lol9;</inlineData></contentSet></newsItem>";

        assertThatThrownBy(() -> reader().parse("newsml", utf8(laughs)))
                .isInstanceOf(RejectedInputException.class)
                .hasMessageStartingWith(DOCTYPE_REASON);
    }

    @Test
    void shouldRefuseAnyDoctypeEvenWithoutEntities() {
        String doctype = "<!DOCTYPE newsItem>" + ITEM_START
                + "<contentSet><inlineData>Text.</inlineData></contentSet></newsItem>";

        assertThatThrownBy(() -> reader().parse("newsml", utf8(doctype)))
                .isInstanceOf(RejectedInputException.class)
                .hasMessage(DOCTYPE_REASON + ": a DTD can read local files or expand entities without bound"
                        + " (XXE, billion laughs); send the news item without a DOCTYPE");
    }

    @Test
    void shouldRefuseAnXInclude() {
        String xinclude = ITEM_START + "<contentSet><inlineData xmlns:xi=\"http://www.w3.org/2001/XInclude\">"
                + "<xi:include href=\"file:///etc/hostname\" parse=\"text\"/></inlineData></contentSet></newsItem>";

        assertThatThrownBy(() -> reader().parse("newsml", utf8(xinclude)))
                .isInstanceOf(RejectedInputException.class)
                .hasMessage("has no body text: expected contentSet/inlineXML (XHTML) or contentSet/inlineData");
    }

    @Test
    void shouldRejectBrokenXmlWithItsPosition() {
        String broken = ITEM_START + "\n<contentSet><inlineData>Text.</inlineXML></contentSet></newsItem>";

        assertThatThrownBy(() -> reader().parse("newsml", utf8(broken)))
                .isInstanceOf(RejectedInputException.class)
                .hasMessageStartingWith("is not valid XML at line 2, column ")
                .hasMessageContaining("inlineData")
                .hasMessageNotContaining("\n");
    }

    @Test
    void shouldRejectTruncatedXml() {
        byte[] item = resource("newsml-eu-sanctions.xml");
        byte[] truncated = Arrays.copyOf(item, item.length / 2);

        assertThatThrownBy(() -> reader().parse("newsml", truncated))
                .isInstanceOf(RejectedInputException.class)
                .hasMessageStartingWith("is not valid XML at line ");
    }

    @Test
    void shouldRejectInvalidUtf8BeforeParsing() {
        byte[] latin1 = (ITEM_START + "<contentSet><inlineData>Bundesministerium für Wirtschaft</inlineData>"
                        + "</contentSet></newsItem>")
                .getBytes(StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> reader().parse("newsml", latin1))
                .isInstanceOf(RejectedInputException.class)
                .hasMessageStartingWith("is not valid UTF-8: invalid byte sequence at byte offset ");
    }

    @Test
    void shouldRejectADocumentOverTheSizeLimitBeforeParsing() {
        // Given 5 MB of well-formed XML, over the default limit of 4 MiB
        String filler = "<p>" + "x".repeat(1000) + "</p>";
        String big = ITEM_START + "<contentSet><inlineXML>" + filler.repeat(5 * 1024) + "</inlineXML></contentSet>"
                + "</newsItem>";

        assertThatThrownBy(() -> reader().parse("newsml", utf8(big)))
                .isInstanceOf(RejectedInputException.class)
                .hasMessageContaining("over the limit of 4194304 bytes");
    }

    @Test
    void shouldRejectXmlThatIsNotNewsmlG2() {
        String rss = "<rss version=\"2.0\"><channel><item><title>Sanctions</title></item></channel></rss>";

        assertThatThrownBy(() -> reader().parse("newsml", utf8(rss)))
                .isInstanceOf(RejectedInputException.class)
                .hasMessage("is XML with root element <rss>, not a NewsML-G2 newsItem or newsMessage in namespace"
                        + " http://iptc.org/std/nar/2006-10-01/");
    }

    @Test
    void shouldRejectANewsItemInTheWrongNamespace() {
        String other = "<newsItem xmlns=\"urn:not-iptc\"><contentSet/></newsItem>";

        assertThatThrownBy(() -> reader().parse("newsml", utf8(other)))
                .isInstanceOf(RejectedInputException.class)
                .hasMessageStartingWith("is XML with root element <newsItem> in namespace urn:not-iptc, not a");
    }

    @Test
    void shouldRejectAnEmptyDocument() {
        assertThatThrownBy(() -> reader().parse("newsml", utf8("  \n")))
                .isInstanceOf(RejectedInputException.class)
                .hasMessage("is empty: no XML document");
    }

    static boolean passwdIsReadable() {
        return Files.isReadable(Path.of("/etc/passwd"));
    }

    /** The reason and every cause's message: what logs and stories.rejected could ever show. */
    private static String everythingSaidAbout(Throwable rejection) {
        StringBuilder said = new StringBuilder();
        for (Throwable t = rejection; t != null; t = t.getCause()) {
            said.append(t).append('\n');
        }
        return said.toString();
    }
}
