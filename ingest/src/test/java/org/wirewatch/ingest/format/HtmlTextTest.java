package org.wirewatch.ingest.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class HtmlTextTest {

    @Test
    void shouldKeepParagraphsAndDecodeEntities() {
        String html =
                "<div class=\"story\"><p>Berlin &amp; Paris agreed.</p>\n<p>&ldquo;No&rdquo; &#8212; &#x41;&nbsp;B &unknown;</p></div>";

        assertThat(HtmlText.toPlainText(html))
                .isEqualTo("Berlin & Paris agreed.\n\n\u201CNo\u201D \u2014 A B &unknown;");
    }

    @Test
    void shouldDropScriptsStylesAndComments() {
        String html = "<style>p{color:red}</style><p>Kept<!-- a > b --> text</p><SCRIPT>alert('x > y')</SCRIPT>";

        assertThat(HtmlText.toPlainText(html)).isEqualTo("Kept text");
    }

    @Test
    void shouldDropAnUnterminatedTag() {
        assertThat(HtmlText.toPlainText("Drones were delivered <a href=")).isEqualTo("Drones were delivered");
    }

    @Test
    void shouldStripHostileMarkupInLinearTime() {
        String hostile =
                "<p>x&amp;".repeat(300_000) + "<script>" + "</scrip".repeat(300_000) + "<".repeat(500_000) + ">";

        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> HtmlText.toPlainText(hostile));
    }
}
