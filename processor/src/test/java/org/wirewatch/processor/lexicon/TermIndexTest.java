package org.wirewatch.processor.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TermIndexTest {

    private final TermIndex<String> index = TermIndex.<String>builder()
            .name("North Korea", "PRK")
            .name("Korea", "KOR?")
            .name("U.S.", "USA")
            .name("Congo", "COD")
            .name("Congo", "COG")
            .word("drones", "UAV")
            .word("attack drones", "UAV")
            .word("air defence", "SAM")
            .word("defence systems", "SAM")
            .name("S-300", "SAM")
            .build();

    @Test
    void shouldPreferTheLongestMatchAndNotOverlap() {
        List<TermIndex.Match<String>> found = index.find("North Korea sent attack drones");

        assertThat(found).extracting(TermIndex.Match::surface).containsExactly("North Korea", "attack drones");
    }

    @Test
    void shouldKeepTheLongerOfTwoOverlappingTermsEvenWhenItStartsLater() {
        assertThat(index.find("new air defence systems"))
                .extracting(TermIndex.Match::surface)
                .containsExactly("defence systems");
    }

    @Test
    void shouldEndWordsAtAnythingButALetter() {
        assertThat(index.find("S-300s, S-300 and (S-300)"))
                .extracting(TermIndex.Match::start)
                .containsExactly(8, 19);
    }

    @Test
    void shouldMatchNamesAsWrittenAndWordsInAnyCase() {
        assertThat(index.find("DRONES over the u.s. and the U.S."))
                .extracting(TermIndex.Match::surface)
                .containsExactly("DRONES", "U.S.");
    }

    @Test
    void shouldKeepOffsetsExactWhereLowerCasingChangesLength() {
        // "İ" lower-cases to two chars with String.toLowerCase; offsets must not shift
        String text = "İİİ drones";

        TermIndex.Match<String> match = index.find(text).get(0);

        assertThat(text.substring(match.start(), match.end())).isEqualTo("drones");
    }

    @Test
    void shouldMatchWholeWordsOnly() {
        assertThat(index.find("Koreas and dronesque")).isEmpty();
    }

    @Test
    void shouldGiveEveryValueOfAnAmbiguousTerm() {
        assertThat(index.find("Congo").get(0).values()).containsExactly("COD", "COG");
    }
}
