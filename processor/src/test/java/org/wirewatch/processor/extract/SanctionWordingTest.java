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

/** Wire wordings of sanctions read as general mechanisms: hold-ups given up, penalties, relative clauses. */
class SanctionWordingTest {

    private static final StoryExtractor EXTRACTOR = ProcessorApp.extractor();
    private static final Instant JUNE_2024 = Instant.parse("2024-06-11T08:00:00Z");

    @Test
    void shouldReadARenewalAsDoneOnceTheMemberDroppedItsThreatToBlockIt() {
        Extraction out = read("The European Union on Tuesday renewed its sanctions on Syria for a year after"
                + " Slovakia dropped its threat to block the renewal.");

        assertThat(out.sanctions())
                .extracting(SanctionMention::imposer, SanctionMention::target, SanctionMention::action)
                .containsExactly(tuple("EU", "SYR", SanctionAction.EXTENDED));
    }

    @Test
    void shouldStillReadAThreatToBlockAsAHoldUp() {
        Extraction out = read("Slovakia threatened on Tuesday to block the renewal of EU sanctions on Syria.");

        assertThat(out.sanctions())
                .extracting(SanctionMention::action)
                .doesNotContain(SanctionAction.EXTENDED, SanctionAction.IMPOSED);
    }

    @Test
    void shouldHearAMemberBackingTheExtensionOnItsOrganisationsRow() {
        Extraction out = read("The European Union extended its sanctions on Belarus on Monday."
                + " \"Our concerns were met, so we can back the extension,\" Austria's foreign minister said.");

        assertThat(out.statements())
                .extracting(Statement::state, s -> s.topic().line(), Statement::stance)
                .contains(tuple("AUT", "SANCTIONS:EU>BLR", Stance.IMPOSE));
    }

    @Test
    void shouldReadAQuotedPenaltyForDealingsAsAThreatenedSanction() {
        Extraction out = read("Washington said Brazilian exports would face an extra \"penalty\" for Brazil's"
                + " purchases of Iranian fertiliser.");

        assertThat(out.sanctions())
                .extracting(SanctionMention::imposer, SanctionMention::target, SanctionMention::action)
                .containsExactly(tuple("USA", "BRA", SanctionAction.THREATENED));
    }

    @Test
    void shouldTakeTheOfficialsStateAsImposerWhenNamedAgainOnlyInAnAfterthought() {
        Extraction out = read("President Joe Biden on Friday signed an order imposing a tariff on goods from"
                + " Venezuela as a penalty for its purchases of Iranian oil, doubling duties on some U.S. imports.");

        assertThat(out.sanctions())
                .extracting(SanctionMention::imposer, SanctionMention::target, SanctionMention::action)
                .containsExactly(tuple("USA", "VEN", SanctionAction.IMPOSED));
    }

    @Test
    void shouldNotTakeTheReasonInARelativeClauseForTheImposerSpeaking() {
        Extraction out = read(
                "The Treasury Department sanctioned five Iranian firms it says supplied drone engines" + " to Moscow.");

        assertThat(out.sanctions())
                .extracting(SanctionMention::imposer, SanctionMention::target)
                .containsExactly(tuple("USA", "IRN"));
        assertThat(out.statements()).noneMatch(s -> s.topic().line().startsWith("SANCTIONS"));
    }

    @Test
    void shouldStillHearTheImposerAnnouncingItsSanctions() {
        Extraction out = read("The State Department said it was sanctioning five Iranian firms over drone sales.");

        assertThat(out.statements())
                .extracting(Statement::state, s -> s.topic().line(), Statement::stance)
                .contains(tuple("USA", "SANCTIONS:USA>IRN", Stance.IMPOSE));
    }

    @Test
    void shouldNotTakeAByFarAlongTheSentenceForTheAgent() {
        Extraction out = read("Japan on Friday imposed sanctions on three Chinese firms it said had built a radar,"
                + " the JY-9, for use by Russia's army in Ukraine.");

        assertThat(out.sanctions())
                .extracting(SanctionMention::imposer, SanctionMention::target)
                .containsExactly(tuple("JPN", "CHN"));
    }

    @Test
    void shouldStillTakeTheAgentRightAfterTheCue() {
        Extraction out = read("Sanctions imposed on Syrian airlines by Canada took effect on Friday.");

        assertThat(out.sanctions())
                .extracting(SanctionMention::imposer, SanctionMention::target)
                .containsExactly(tuple("CAN", "SYR"));
    }

    @Test
    void shouldTakeTheOneWhoWarnsAsImposerWhenTheLawNamesAnotherState() {
        Extraction out = read("Washington warned that Ankara would face sanctions under the Countering America's"
                + " Adversaries Through Sanctions Act.");

        assertThat(out.sanctions())
                .extracting(SanctionMention::imposer, SanctionMention::target, SanctionMention::action)
                .containsExactly(tuple("USA", "TUR", SanctionAction.THREATENED));
    }

    @Test
    void shouldHearDefianceOfTheTargetAsCondemnation() {
        Extraction out = read("Washington warned Cuba on Monday that it would face new sanctions."
                + " \"We do not accept threats from anyone,\" Cuba's foreign minister said.");

        assertThat(out.statements())
                .extracting(Statement::state, s -> s.topic().line(), Statement::stance)
                .contains(tuple("CUB", "SANCTIONS:USA>CUB", Stance.CONDEMN));
    }

    @Test
    void shouldGiveEachStateOfAListSetOffAfterAGroupNounItsSanction() {
        Extraction out = read("The sanctions announced by Canada and the two Nordic countries - Norway and Iceland -"
                + " against Belarusian potash firms took effect on Monday.");

        assertThat(out.sanctions())
                .extracting(SanctionMention::imposer, SanctionMention::target)
                .containsExactlyInAnyOrder(tuple("CAN", "BLR"), tuple("NOR", "BLR"), tuple("ISL", "BLR"));
    }

    @Test
    void shouldNotMakeAnOfficialSpeakingOfSanctionsTheirImposer() {
        Extraction out = read(
                "President Vladimir Putin said on Friday that sanctions on Iran had failed to slow" + " its economy.");

        assertThat(out.sanctions()).extracting(SanctionMention::imposer).doesNotContain("RUS");
    }

    @Test
    void shouldReadAThreatToImposeAsAThreat() {
        Extraction out = read("Canada threatened on Monday to impose sanctions on Venezuelan officials.");

        assertThat(out.sanctions())
                .extracting(SanctionMention::imposer, SanctionMention::target, SanctionMention::action)
                .containsExactly(tuple("CAN", "VEN", SanctionAction.THREATENED));
    }

    @Test
    void shouldReadConsideringImposingAsConsidered() {
        Extraction out = read("Japan is considering imposing sanctions on Russian banks.");

        assertThat(out.sanctions()).extracting(SanctionMention::action).containsExactly(SanctionAction.CONSIDERED);
    }

    @Test
    void shouldStillReadAnImpositionAfterAThreatAsImposed() {
        Extraction out = read("After weeks of threats, Canada imposed sanctions on Venezuelan officials.");

        assertThat(out.sanctions()).extracting(SanctionMention::action).containsExactly(SanctionAction.IMPOSED);
    }

    @Test
    void shouldTargetNoStateWhenSecondaryMeasuresHitUnnamedBuyers() {
        Extraction out = read("Washington threatened to impose secondary tariffs on countries that buy Venezuelan"
                + " oil, and said Caracas had 30 days to respond.");

        assertThat(out.sanctions())
                .extracting(SanctionMention::imposer, SanctionMention::target, SanctionMention::action)
                .containsExactly(tuple("USA", null, SanctionAction.THREATENED));
    }

    @Test
    void shouldNotTakeFirmsDescribedByARelativeClauseForUnnamedBuyers() {
        Extraction out = read("Britain sanctioned six entities that supply Iran's drone programme.");

        assertThat(out.sanctions())
                .extracting(SanctionMention::imposer, SanctionMention::target)
                .doesNotContain(tuple("GBR", null));
    }

    @Test
    void shouldNotTakeTheSubjectOfARelativeClauseForTheImposer() {
        Extraction out = read("The United Nations reimposed its sanctions on Libya on Sunday."
                + " The measures, which Italy, Malta and Greece had pressed for, restore an arms embargo on Libya.");

        assertThat(out.sanctions()).extracting(SanctionMention::imposer).containsOnly("UN");
    }

    @Test
    void shouldReadAWarningOfWhatAStateWouldDoAsAThreat() {
        Extraction out = read("China warned on Friday that it would put sanctions on Lithuanian firms.");

        assertThat(out.sanctions())
                .extracting(SanctionMention::imposer, SanctionMention::target, SanctionMention::action)
                .containsExactly(tuple("CHN", "LTU", SanctionAction.THREATENED));
    }

    @Test
    void shouldReadAPossibleSanctionAsConsidered() {
        Extraction out = read("The purchase leaves Egypt exposed to possible US sanctions.");

        assertThat(out.sanctions())
                .extracting(SanctionMention::imposer, SanctionMention::target, SanctionMention::action)
                .containsExactly(tuple("USA", "EGY", SanctionAction.CONSIDERED));
    }

    @Test
    void shouldHearACouncilMemberCallingTheSanctionsInvalidAsOpposing() {
        Extraction out = read("United Nations sanctions on Mali were reimposed on Sunday."
                + " China's foreign ministry said Beijing considered the reimposition invalid.");

        assertThat(out.statements())
                .extracting(Statement::state, s -> s.topic().line(), Statement::stance)
                .contains(tuple("CHN", "SANCTIONS:UN>MLI", Stance.OPPOSE));
    }

    @Test
    void shouldTakeTheDemanderAsTargetAndTheStateAddressedAsImposer() {
        Extraction out = read("Venezuela demanded on Monday that Canada lift its sanctions.");

        assertThat(out.sanctions())
                .extracting(SanctionMention::imposer, SanctionMention::target, SanctionMention::action)
                .containsExactly(tuple("CAN", "VEN", SanctionAction.DEMANDED_LIFT));
    }

    @Test
    void shouldNotTakeTheStateRejectingADemandForItsTarget() {
        Extraction out = read("Canada on Monday rejected Venezuela's demand to lift sanctions on Venezuelan banks.");

        assertThat(out.sanctions())
                .extracting(SanctionMention::imposer, SanctionMention::target)
                .containsExactly(tuple("CAN", "VEN"));
    }

    @Test
    void shouldTakeTheStateUnderSanctionsAsTheirTarget() {
        Extraction out = read("Eritrea, under United Nations sanctions for years, bought rifles from Sudan.");

        assertThat(out.sanctions())
                .extracting(SanctionMention::imposer, SanctionMention::target)
                .containsExactly(tuple("UN", "ERI"));
    }

    @Test
    void shouldNotLetAFarUnderMakeItsSubjectTheTarget() {
        Extraction out = read("Under an accord reached in Ankara on Friday, Turkey will buy more gas from Azerbaijan,"
                + " while Washington slapped sanctions on Iranian shipping firms.");

        assertThat(out.sanctions())
                .extracting(SanctionMention::imposer, SanctionMention::target)
                .containsExactly(tuple("USA", "IRN"));
    }

    @Test
    void shouldReadAListingUnderASanctionsFrameworkAsASanction() {
        Extraction out = read("Britain on Monday listed two Belarusian banks under its Russia sanctions regime.");

        assertThat(out.sanctions())
                .extracting(SanctionMention::imposer, SanctionMention::target, SanctionMention::action)
                .contains(tuple("GBR", "BLR", SanctionAction.IMPOSED));
    }

    @Test
    void shouldNotReadAStockListingAsASanction() {
        Extraction out = read("Iran's largest carmaker was listed on the Tehran exchange under a new ticker.");

        assertThat(out.sanctions()).isEmpty();
    }

    @Test
    void shouldHearTheTargetCallingTheDecisionUnfairAsCondemnation() {
        Extraction out = read("Canada imposed sanctions on Venezuelan officials on Monday."
                + " Venezuela's foreign ministry called the decision \"unfair and unjustified\".");

        assertThat(out.statements())
                .extracting(Statement::state, s -> s.topic().line(), Statement::stance)
                .contains(tuple("VEN", "SANCTIONS:CAN>VEN", Stance.CONDEMN));
    }

    private static Extraction read(String body) {
        Story story =
                new Story("urn:test:wording", "test-wire", null, "", body, JUNE_2024, JUNE_2024, "en", null, null);
        return EXTRACTOR.extract(story, KnownSpeakers.NONE);
    }
}
