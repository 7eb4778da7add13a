package org.wirewatch.processor.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

    private static final SentenceSplitter SPLITTER = new SentenceSplitter(EnglishModels.load());

    @Test
    void shouldKeepOffsetsIntoTheOriginalText() {
        String body =
                "  KYIV, Jan 25 - Germany will send Leopard 2 tanks.  The U.S. will send Abrams, officials said.\n";

        List<Sentence> sentences = SPLITTER.split(body);

        assertThat(sentences).hasSize(2);
        assertThat(sentences)
                .allSatisfy(s -> assertThat(body.substring(s.start(), s.end())).isEqualTo(s.text()));
        assertThat(sentences.get(1).text()).isEqualTo("The U.S. will send Abrams, officials said.");
    }

    @Test
    void shouldNeverJoinLinesOfAScrapedPage() {
        String page = "Home | World | Europe\nShare this article\nBerlin has pledged tanks to Kyiv";

        assertThat(SPLITTER.split(page))
                .extracting(Sentence::text)
                .containsExactly("Home | World | Europe", "Share this article", "Berlin has pledged tanks to Kyiv");
    }
}
