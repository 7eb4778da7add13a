package org.wirewatch.processor.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class WordStartsTest {

    private static final Pattern DENY = Pattern.compile("den(?:y|ied)|did not deny");

    @Test
    void shouldFindMatchesOnlyWhereAWordStarts() {
        assertThat(WordStarts.matches(DENY, "they denied it; the tendency to deny is old"))
                .extracting(MatchResult::group)
                .containsExactly("denied", "deny");
    }

    @Test
    void shouldNotReportMatchesInsideAnEarlierMatch() {
        assertThat(WordStarts.matches(DENY, "tehran did not deny it"))
                .extracting(MatchResult::group)
                .containsExactly("did not deny");
    }

    @Test
    void shouldLetALookBehindSeeTextBeforeTheWord() {
        Pattern notAfterBut = Pattern.compile("(?<=but )not");

        assertThat(WordStarts.first(notAfterBut, "not this, but not that", 0))
                .map(MatchResult::start)
                .contains(14);
    }
}
