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

/**
 * Which action the wording around a sanction gives, as outside writers word it: plans, readiness,
 * renewals by their term, duties raised rather than lifted, a relief not renewed by decision.
 */
class SanctionActionWordingTest {

    private static final StoryExtractor EXTRACTOR = ProcessorApp.extractor();
    private static final Instant JUNE_2024 = Instant.parse("2024-06-11T08:00:00Z");

    @Test
    void shouldReadAPlanToEaseAsEasingConsidered() {
        Extraction out = read("EU ministers endorsed a roadmap to lift sanctions on Libya in stages on Tuesday.");

        assertThat(out.sanctions())
                .extracting(SanctionMention::imposer, SanctionMention::target, SanctionMention::action)
                .containsExactly(tuple("EU", "LBY", SanctionAction.CONSIDERED));
    }

    @Test
    void shouldReadReadinessToActAsAThreatHoweverLongTheMeasuresDescription() {
        Extraction out = read("Canada's foreign minister said Ottawa stood ready \"to act quickly, together with"
                + " its partners and in full coordination, including with further restrictive measures against"
                + " Belarus\".");

        assertThat(out.sanctions())
                .extracting(SanctionMention::imposer, SanctionMention::target, SanctionMention::action)
                .containsExactly(tuple("CAN", "BLR", SanctionAction.THREATENED));
    }

    @Test
    void shouldReadLookingAtSanctionsAsConsideringThem() {
        Extraction out = read("Britain's foreign secretary James Cleverly spoke in London on Monday."
                + " \"If these reports are confirmed, we will look at sanctions against Eritrea,\" he said.");

        assertThat(out.sanctions())
                .extracting(SanctionMention::imposer, SanctionMention::target, SanctionMention::action)
                .containsExactly(tuple("GBR", "ERI", SanctionAction.CONSIDERED));
    }

    @Test
    void shouldReadMeasuresKeptForAFurtherTermAsExtended() {
        Extraction out = read("The European Union decided to maintain its restrictive measures against Mali for"
                + " another year, the Council said.");

        assertThat(out.sanctions())
                .extracting(SanctionMention::imposer, SanctionMention::target, SanctionMention::action)
                .containsExactly(tuple("EU", "MLI", SanctionAction.EXTENDED));
    }

    @Test
    void shouldNotReadDutiesLiftedToAHigherRateAsALifting() {
        Extraction out = read("Washington imposed an extra tariff on Turkey as a penalty for its purchases of"
                + " Iranian gas, lifting the overall duty on Turkish steel to 40%.");

        assertThat(out.sanctions())
                .extracting(SanctionMention::imposer, SanctionMention::target, SanctionMention::action)
                .containsExactly(tuple("USA", "TUR", SanctionAction.IMPOSED));
    }

    @Test
    void shouldReadAReliefThatWillNotBeRenewedAsSanctionsBack() {
        Extraction out = read("The United States will not renew a licence that had eased sanctions on Cuba's"
                + " nickel sector, the Treasury said.");

        assertThat(out.sanctions())
                .extracting(SanctionMention::imposer, SanctionMention::target, SanctionMention::action)
                .containsExactly(tuple("USA", "CUB", SanctionAction.IMPOSED));
    }

    @Test
    void shouldHearTheTargetAskingInTheFirstPersonForALiftingAsADemand() {
        Extraction out = read("Cuba's foreign minister Bruno Rodriguez spoke in Havana on Tuesday."
                + " \"We ask the United States to lift all sanctions on our people,\" he said.");

        assertThat(out.sanctions())
                .extracting(SanctionMention::imposer, SanctionMention::target, SanctionMention::action)
                .containsExactly(tuple("USA", "CUB", SanctionAction.DEMANDED_LIFT));
    }

    @Test
    void shouldReadSanctionsOnceLiftedThatComeBackIntoForceAsImposed() {
        Extraction out = read("EU sanctions on Mali that were lifted under the 2022 transition accord came back"
                + " into force on Monday.");

        assertThat(out.sanctions())
                .extracting(SanctionMention::imposer, SanctionMention::target, SanctionMention::action)
                .containsExactly(tuple("EU", "MLI", SanctionAction.IMPOSED));
    }

    @Test
    void shouldNotTakeATargetNamedBeforeTheDemandedLiftingAsNegatingIt() {
        Extraction out = read("Venezuela's foreign minister Yvan Gil spoke on Tuesday."
                + " \"The sanctions against Venezuela must be lifted,\" he said.");

        assertThat(out.sanctions()).extracting(SanctionMention::action).doesNotContain(SanctionAction.IMPOSED);
    }

    @Test
    void shouldHearTheTargetSayingSanctionsHurtItsPeopleAsCondemnation() {
        Extraction out = read("Canada imposed sanctions on Venezuelan officials on Monday."
                + " \"These measures only hurt the Venezuelan people,\" Venezuela's foreign minister Yvan Gil said.");

        assertThat(out.statements())
                .extracting(Statement::state, s -> s.topic().line(), Statement::stance)
                .contains(tuple("VEN", "SANCTIONS:CAN>VEN", Stance.CONDEMN));
    }

    @Test
    void shouldHearTheTargetCallingTheDecisionCriminalAsCondemnation() {
        Extraction out = read("Canada imposed sanctions on Venezuelan officials on Monday."
                + " Venezuela's foreign minister Yvan Gil called the decision \"criminal\".");

        assertThat(out.statements())
                .extracting(Statement::state, s -> s.topic().line(), Statement::stance)
                .contains(tuple("VEN", "SANCTIONS:CAN>VEN", Stance.CONDEMN));
    }

    @Test
    void shouldHearAThirdStateCondemningTheSanctionsOnTheTargetsRow() {
        Extraction out = read("Canada imposed sanctions on Venezuelan officials on Monday."
                + " China's foreign ministry said the sanctions were \"illegal and unilateral\".");

        assertThat(out.statements())
                .extracting(Statement::state, s -> s.topic().line(), Statement::stance)
                .contains(tuple("CHN", "SANCTIONS:CAN>VEN", Stance.CONDEMN));
    }

    private static Extraction read(String body) {
        Story story =
                new Story("urn:test:actions", "test-wire", null, "", body, JUNE_2024, JUNE_2024, "en", null, null);
        return EXTRACTOR.extract(story, KnownSpeakers.NONE);
    }
}
