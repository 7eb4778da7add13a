package org.wirewatch.processor.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.wirewatch.model.SanctionMention;
import org.wirewatch.model.Stance;
import org.wirewatch.model.Statement;
import org.wirewatch.model.Story;
import org.wirewatch.processor.ProcessorApp;

/** Who imposes when partners are named beside the imposer, and which words are a verdict on sanctions. */
class SanctionListsAndVerdictsTest {

    private static final StoryExtractor EXTRACTOR = ProcessorApp.extractor();
    private static final Instant JUNE_2023 = Instant.parse("2023-06-14T08:00:00Z");

    @Test
    void shouldNotTakeTheSecondPartnerOfAPrepositionalPhraseForTheImposer() {
        Extraction out = read("Japan, in coordination with Canada and Australia, imposed sanctions on Myanmar's"
                + " air force on Tuesday.");

        assertThat(out.sanctions())
                .extracting(SanctionMention::imposer, SanctionMention::target)
                .containsExactly(tuple("JPN", "MMR"));
    }

    @Test
    void shouldNotHearThePoliticalOppositionAsOppositionToSanctions() {
        Extraction out = read("Britain imposed sanctions on Belarus's state airline. The US said the sanctions"
                + " would strengthen the hand of the Belarusian opposition.");

        assertThat(out.statements())
                .extracting(Statement::state, Statement::stance)
                .doesNotContain(tuple("USA", Stance.CONDEMN));
    }

    @Test
    void shouldStillHearOppositionToSanctionsAsCondemnation() {
        Extraction out = read("Britain imposed sanctions on Belarus's state airline. Minsk said its opposition to"
                + " the sanctions was firm.");

        assertThat(out.statements())
                .extracting(Statement::state, s -> s.topic().line(), Statement::stance)
                .contains(tuple("BLR", "SANCTIONS:GBR>BLR", Stance.CONDEMN));
    }

    @Test
    void shouldHearATargetRejectingTheMeasuresAsCondemningThem() {
        Extraction out = read("Australia imposed sanctions on Cambodia's navy chief. Cambodian Foreign Minister"
                + " Prak Sokhonn rejected the measures on Wednesday.");

        assertThat(out.statements())
                .extracting(Statement::state, s -> s.topic().line(), Statement::stance)
                .contains(tuple("KHM", "SANCTIONS:AUS>KHM", Stance.CONDEMN));
    }

    @Test
    void shouldHearATargetCallingTheMeasuresImmoralAsCondemningThem() {
        Extraction out = read("Australia imposed sanctions on Cambodia's navy chief. Cambodia's information"
                + " ministry called the measures immoral.");

        assertThat(out.statements())
                .extracting(Statement::state, s -> s.topic().line(), Statement::stance)
                .contains(tuple("KHM", "SANCTIONS:AUS>KHM", Stance.CONDEMN));
    }

    @Test
    void shouldNotHearARejectedRequestAsCondemnation() {
        Extraction out = read("Australia imposed sanctions on Cambodia's navy chief. Cambodia said it rejected"
                + " the request for a naval base visit.");

        assertThat(out.statements())
                .extracting(Statement::state, Statement::stance)
                .doesNotContain(tuple("KHM", Stance.CONDEMN));
    }

    @Test
    void shouldHearATargetReactingToTheStorysLeadSanctionNotToAPartnersMentionedAfter() {
        Extraction out = read("Australia on Monday imposed sanctions on six Cambodian generals. New Zealand"
                + " announced its own sanctions on two Cambodian officers the same day. Cambodia's foreign"
                + " ministry said the decision was illegal.");

        assertThat(out.statements())
                .extracting(Statement::state, s -> s.topic().line(), Statement::stance)
                .contains(tuple("KHM", "SANCTIONS:AUS>KHM", Stance.CONDEMN))
                .doesNotContain(tuple("KHM", "SANCTIONS:NZL>KHM", Stance.CONDEMN));
    }

    @Test
    void shouldStillHearATargetNamingTheLaterImposerReactToItsSanction() {
        Extraction out = read("Australia on Monday imposed sanctions on six Cambodian generals. New Zealand"
                + " announced its own sanctions on two Cambodian officers the same day. Cambodia's foreign"
                + " ministry said New Zealand's decision was illegal.");

        assertThat(out.statements())
                .extracting(Statement::state, s -> s.topic().line(), Statement::stance)
                .contains(tuple("KHM", "SANCTIONS:NZL>KHM", Stance.CONDEMN));
    }

    @Test
    void shouldNotTakeAStateNamedInAClauseOfSayingAfterTheMeasureForItsTarget() {
        Extraction out = read("Washington waived sanctions on a pipeline operator last year, saying the step would"
                + " mend ties with Norway.");

        assertThat(out.sanctions())
                .extracting(SanctionMention::imposer, SanctionMention::target)
                .doesNotContain(tuple("USA", "NOR"));
    }

    @Test
    void shouldStillTakeTheStateAfterAParticipleNamingWhatIsHit() {
        Extraction out = read("Britain imposed new sanctions on Friday, targeting Cuba's military conglomerate.");

        assertThat(out.sanctions())
                .extracting(SanctionMention::imposer, SanctionMention::target)
                .containsExactly(tuple("GBR", "CUB"));
    }

    @Test
    void shouldHearATargetNamingTheImposersItAnswersCondemnOnlyThose() {
        Extraction out = read("Japan and Australia imposed sanctions on Cambodia's navy on Monday. Cambodia's"
                + " defence ministry said the Japanese measures were illegal.");

        assertThat(out.statements())
                .extracting(Statement::state, s -> s.topic().line(), Statement::stance)
                .contains(tuple("KHM", "SANCTIONS:JPN>KHM", Stance.CONDEMN))
                .doesNotContain(tuple("KHM", "SANCTIONS:AUS>KHM", Stance.CONDEMN));
    }

    private static Extraction read(String body) {
        Story story =
                new Story("urn:test:verdicts", "test-wire", null, "", body, JUNE_2023, JUNE_2023, "en", null, null);
        return EXTRACTOR.extract(story, KnownSpeakers.NONE);
    }
}
