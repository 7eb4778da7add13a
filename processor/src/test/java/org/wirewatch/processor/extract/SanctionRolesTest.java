package org.wirewatch.processor.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.wirewatch.model.SanctionAction;
import org.wirewatch.model.SanctionMention;
import org.wirewatch.model.Stance;
import org.wirewatch.model.Statement;
import org.wirewatch.model.Story;
import org.wirewatch.processor.ProcessorApp;

/** Who imposes, who is hit and what is done, in wordings where the roles are not in subject and object. */
class SanctionRolesTest {

    private static final StoryExtractor EXTRACTOR = ProcessorApp.extractor();
    private static final Instant MARCH_2024 = Instant.parse("2024-03-05T10:00:00Z");

    @Test
    void shouldTakeTheObjectThreatenedWithSanctionsAsTheTarget() {
        Extraction out = read("Britain threatened Georgia with sanctions over its foreign agents law.");

        assertThat(out.sanctions())
                .extracting(SanctionMention::imposer, SanctionMention::target, SanctionMention::action)
                .containsExactly(tuple("GBR", "GEO", SanctionAction.THREATENED));
    }

    @Test
    void shouldTakeTheSubjectOfAParticipleRiskingSanctionsAsTheTarget() {
        Extraction out = read("Turkey bought a second batch of jets from Russia, risking American sanctions.");

        assertThat(out.sanctions())
                .extracting(SanctionMention::imposer, SanctionMention::target, SanctionMention::action)
                .containsExactly(tuple("USA", "TUR", SanctionAction.THREATENED));
    }

    @Test
    void shouldTakeTheOrganisationOwningTheSanctionsAsTheImposer() {
        Extraction out = read("Eritrea has always rejected the sanctions regime of the UN Security Council.");

        assertThat(out.sanctions())
                .extracting(SanctionMention::imposer, SanctionMention::target)
                .containsExactly(tuple("UN", "ERI"));
    }

    @Test
    void shouldGiveTheStateJoinedInSanctioningItsOwnSanction() {
        Extraction out = read("Norway joined the European Union in sanctioning two Iranian airlines.");

        assertThat(out.sanctions())
                .extracting(SanctionMention::imposer, SanctionMention::target)
                .containsExactlyInAnyOrder(tuple("EU", "IRN"), tuple("NOR", "IRN"));
    }

    @Test
    void shouldReadAReimpositionOfSanctionsOnceLiftedAsImposed() {
        Extraction out = read("Washington will reimpose the sanctions on Cuba that were lifted under the 2015 thaw.");

        assertThat(out.sanctions())
                .extracting(SanctionMention::imposer, SanctionMention::target, SanctionMention::action)
                .containsExactly(tuple("USA", "CUB", SanctionAction.IMPOSED));
    }

    @Test
    void shouldReadAStateUnderSanctionsAsSanctionedWhateverTheSentenceGoesOnToDiscuss() {
        Extraction out = read("Syria remains under heavy EU sanctions, and ministers discussed reconstruction aid.");

        assertThat(out.sanctions())
                .extracting(SanctionMention::imposer, SanctionMention::target, SanctionMention::action)
                .containsExactly(tuple("EU", "SYR", SanctionAction.IMPOSED));
    }

    @Test
    void shouldReadSanctionsBackInForceWhenTheWaiverLapsesAfterTheCue() {
        Extraction out = read(
                "Myanmar's gem trade is again under British sanctions after London let a year-long" + " waiver lapse.");

        assertThat(out.sanctions())
                .extracting(SanctionMention::imposer, SanctionMention::target, SanctionMention::action)
                .containsExactly(tuple("GBR", "MMR", SanctionAction.IMPOSED));
    }

    @Test
    void shouldNotReadAnOpenEndedRegimeAsEnded() {
        Extraction out = read("The open-ended sanctions imposed on Eritrea by the United Nations remain in force.");

        assertThat(out.sanctions()).extracting(SanctionMention::action).containsExactly(SanctionAction.IMPOSED);
    }

    @Test
    void shouldHearAMemberWantingTheOrganisationsSanctionsRevisedAsOpposingThem() {
        Extraction out =
                read("Russian Foreign Minister Sergei Lavrov said the UN sanctions on Eritrea should be" + " revised.");

        assertThat(out.statements())
                .extracting(Statement::state, Statement::stance)
                .contains(tuple("RUS", Stance.OPPOSE));
    }

    @Test
    void shouldTakeTheSubjectOfARelativeClauseWhoseVerbSanctionsAsTheImposer() {
        Extraction out = read("The deal leaves Egypt exposed to an American law under which Washington penalised"
                + " buyers before, and under which Washington sanctioned China's arms procurement agency in 2018.");

        assertThat(out.sanctions())
                .extracting(SanctionMention::imposer, SanctionMention::target, SanctionMention::action)
                .containsExactly(tuple("USA", "CHN", SanctionAction.IMPOSED));
    }

    private static Extraction read(String body) {
        Story story =
                new Story("urn:test:roles", "test-wire", null, "", body, MARCH_2024, MARCH_2024, "en", null, null);
        return EXTRACTOR.extract(story, KnownSpeakers.NONE);
    }
}
