package org.wirewatch.processor.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AlternativesTest {

    private final Alternatives wordings = new Alternatives(List.of(
            "did not deny|neither confirm(?:ed)? nor den(?:y|ied)",
            "den(?:y|ied)|(?<=but )not\\b",
            "will (?:send|supply)"));

    @Test
    void shouldFindTheMostSpecificWordingWhereWordingsStartTogether() {
        assertThat(wordings.in("tehran did not deny it; moscow denied it"))
                .extracting(Alternatives.Found::wording, Alternatives.Found::start)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(0, 7), org.assertj.core.groups.Tuple.tuple(1, 31));
    }

    @Test
    void shouldTryWordingsOnlyWhereAWordStarts() {
        assertThat(wordings.in("the tendency to send, and they will supply"))
                .extracting(Alternatives.Found::wording)
                .containsExactly(2);
    }

    @Test
    void shouldKeepAWordingThatStartsWithALookBehind() {
        assertThat(wordings.in("tanks, but not jets"))
                .extracting(Alternatives.Found::wording)
                .containsExactly(1);
    }

    @Test
    void shouldSplitOnlyTopLevelAlternatives() {
        assertThat(Alternatives.topLevel("a(?:b|c)|[|x]|d\\|e")).containsExactly("a(?:b|c)", "[|x]", "d\\|e");
    }

    @Test
    void shouldTakeAWrappedWordingApartAndKeepItsWordEnd() {
        Alternatives speech = Alternatives.of(java.util.regex.Pattern.compile("\\b(?:said|says|told)\\b"));

        assertThat(speech.first("the sayings of those who said so", 0))
                .map(Alternatives.Found::start)
                .contains(25);
    }

    private static final Alternatives DENY =
            Alternatives.of(java.util.regex.Pattern.compile("den(?:y|ied)|did not deny"));

    @Test
    void shouldFindMatchesOnlyWhereAWordStarts() {
        String text = "they denied it; the tendency to deny is old";
        assertThat(DENY.in(text))
                .extracting(f -> text.substring(f.start(), f.end()))
                .containsExactly("denied", "deny");
    }

    @Test
    void shouldNotReportMatchesInsideAnEarlierMatch() {
        String text = "tehran did not deny it";
        assertThat(DENY.in(text))
                .extracting(f -> text.substring(f.start(), f.end()))
                .containsExactly("did not deny");
    }

    @Test
    void shouldLetALookBehindSeeTextBeforeTheWord() {
        Alternatives notAfterBut = Alternatives.of(java.util.regex.Pattern.compile("(?<=but )not"));

        assertThat(notAfterBut.first("not this, but not that", 0))
                .map(Alternatives.Found::start)
                .contains(14);
    }

    @Test
    void shouldTestTheWordBoundaryOnceForWordingsThatEachStartWithOne() {
        assertThat(Alternatives.pattern("\\bdeny|\\bden(?:ied|ies)\\b").pattern())
                .isEqualTo("\\b(?:deny|den(?:ied|ies)\\b)");
        assertThat(Alternatives.pattern("\\b(?:\\blift(?:ed)?|\\bease)").pattern())
                .isEqualTo("\\b(?:lift(?:ed)?|ease)");
    }

    @Test
    void shouldLeaveAPatternAloneWhereSomeWordingHasNoBoundary() {
        assertThat(Alternatives.pattern("(?<!the )veto|\\bblock").pattern()).isEqualTo("(?<!the )veto|\\bblock");
        assertThat(Alternatives.pattern("\\b(?:\\bveto|block)").pattern()).isEqualTo("\\b(?:\\bveto|block)");
    }

    @Test
    void shouldFindWhatTheWrittenPatternFinds() {
        String text = "they denied it, then the denials stopped; undeny denies, and lifted easement ease";
        for (String regex : List.of(
                "\\bdeny|\\bden(?:ied|ies)\\b", "\\b(?:\\blift(?:ed)?|\\bease)", "\\bden\\w*|\\beas(?:e|ement)\\b")) {
            assertThat(matches(Alternatives.pattern(regex), text))
                    .as(regex)
                    .isNotEmpty()
                    .isEqualTo(matches(java.util.regex.Pattern.compile(regex), text));
        }
    }

    private static List<String> matches(java.util.regex.Pattern pattern, String text) {
        return pattern.matcher(text)
                .results()
                .map(r -> r.start() + ":" + r.group())
                .toList();
    }
}
