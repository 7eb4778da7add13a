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

    @Test
    void shouldNotEndASentenceAtAnInitialismBeforeALowerCaseWord() {
        String body = "Tehran promised countermeasures against U.S. firms and banks that enforce the embargo.";

        assertThat(SPLITTER.split(body)).extracting(Sentence::text).containsExactly(body);
    }

    @Test
    void shouldNotEndASentenceAtAnInitialismBeforeATitle() {
        String body = "OTTAWA, March 3 - U.S. Trade Representative Jane Doe met her U.K. counterpart on Friday.";

        assertThat(SPLITTER.split(body)).extracting(Sentence::text).containsExactly(body);
    }

    @Test
    void shouldEndASentenceAtAnInitialismBeforeAnArticle() {
        String body = "The new measures were drawn up by the U.S. The Kremlin called them theft.";

        assertThat(SPLITTER.split(body))
                .extracting(Sentence::text)
                .containsExactly("The new measures were drawn up by the U.S.", "The Kremlin called them theft.");
    }

    @Test
    void shouldKeepADateTogetherAndEndTheSentenceAfterIt() {
        String body = "The strikes hit Odesa on Feb. 4. The navy said two vessels were lost.";

        assertThat(SPLITTER.split(body))
                .extracting(Sentence::text)
                .containsExactly("The strikes hit Odesa on Feb. 4.", "The navy said two vessels were lost.");
    }

    @Test
    void shouldKeepATitleWithItsName() {
        String body = "Lt. Col. Anna Berg and Gen. Tomas Holm inspected the depot.";

        assertThat(SPLITTER.split(body)).extracting(Sentence::text).containsExactly(body);
    }

    @Test
    void shouldTreatAShortAnswerInATranscriptAsASentence() {
        String body = "MS LEE: No. We have nothing to announce on Cuba today.";

        assertThat(SPLITTER.split(body))
                .extracting(Sentence::text)
                .containsExactly("MS LEE: No.", "We have nothing to announce on Cuba today.");
    }

    @Test
    void shouldEndASentenceAtACountryNameWithAPeriod() {
        String body = "The ministry summoned the envoy of Peru. Lima has not replied.";

        assertThat(SPLITTER.split(body)).hasSize(2);
    }
}
