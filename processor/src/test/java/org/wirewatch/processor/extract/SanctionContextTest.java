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

/** Sanctions read with the story around the sentence: bare institutions, earlier sanctions, members. */
class SanctionContextTest {

    private static final StoryExtractor EXTRACTOR = ProcessorApp.extractor();
    private static final Instant MARCH_2024 = Instant.parse("2024-03-05T10:00:00Z");

    @Test
    void shouldReadABareTreasuryAsTheUsOneInAnAmericanStory() {
        Extraction out = read("WASHINGTON, March 5 - The White House warned Cuba on Monday over its ties to Moscow."
                + " The Treasury later designated four Cuban firms and two officials.");

        assertThat(out.sanctions())
                .extracting(SanctionMention::imposer, SanctionMention::target)
                .containsExactly(tuple("USA", "CUB"));
    }

    @Test
    void shouldReadABareTreasuryAsTheBritishOneInABritishStory() {
        Extraction out = read("LONDON, March 5 - Britain tightened its measures on Thursday. The Treasury froze the"
                + " assets of three Belarusian banks, a British minister said in London.");

        assertThat(out.sanctions())
                .extracting(SanctionMention::imposer, SanctionMention::target)
                .containsExactly(tuple("GBR", "BLR"));
    }

    @Test
    void shouldReadTheCouncilAsTheSecurityCouncilOnceTheStoryNamedIt() {
        Extraction out = read("The Security Council met on Libya on Friday. The council then adopted sanctions on"
                + " Libyan smugglers, and Libya denounced the decision.");

        assertThat(out.sanctions())
                .extracting(SanctionMention::imposer, SanctionMention::target)
                .containsExactly(tuple("UN", "LBY"));
    }

    @Test
    void shouldReadTheCouncilAsTheEuCouncilInABrusselsStory() {
        Extraction out = read("BRUSSELS, March 5 - EU foreign ministers met on Monday. The Council imposed an asset"
                + " freeze on nine Nicaraguan officials.");

        assertThat(out.sanctions())
                .extracting(SanctionMention::imposer, SanctionMention::target)
                .containsExactly(tuple("EU", "NIC"));
    }

    @Test
    void shouldLeaveACityCouncilAlone() {
        Extraction out = read("The city council voted to end its twinning with a Russian town. The council also"
                + " backed sanctions on Russian oligarchs in a symbolic motion.");

        assertThat(out.sanctions()).extracting(SanctionMention::imposer).doesNotContain("UN", "EU");
    }

    @Test
    void shouldNotJoinAnObjectOfTheFirstClauseToTheSubjectOfTheSecond() {
        Extraction out =
                read("Ottawa cut its trade with Syria, and Canada has since blacklisted Syrian shipping firms.");

        assertThat(out.sanctions())
                .extracting(SanctionMention::imposer, SanctionMention::target)
                .containsExactly(tuple("CAN", "SYR"));
    }

    @Test
    void shouldResolveItAfterTheCueToTheSubjectThatDoesNotImpose() {
        Extraction out = read("Eritrea on Monday denounced the new European Union sanctions against it as colonial.");

        assertThat(out.sanctions())
                .extracting(SanctionMention::imposer, SanctionMention::target)
                .containsExactly(tuple("EU", "ERI"));
        assertThat(out.statements())
                .extracting(Statement::state, s -> s.topic().line(), Statement::stance)
                .containsExactly(tuple("ERI", "SANCTIONS:EU>ERI", Stance.CONDEMN));
    }

    @Test
    void shouldLetATargetCondemnEachImposerOfAJointMeasure() {
        Extraction out = read("Canada, Australia and Japan imposed sanctions on Myanmar's military on Tuesday."
                + " Myanmar's foreign ministry said the measures were illegal interference.");

        assertThat(out.statements())
                .extracting(Statement::state, s -> s.topic().line(), Statement::stance)
                .containsExactlyInAnyOrder(
                        tuple("MMR", "SANCTIONS:CAN>MMR", Stance.CONDEMN),
                        tuple("MMR", "SANCTIONS:AUS>MMR", Stance.CONDEMN),
                        tuple("MMR", "SANCTIONS:JPN>MMR", Stance.CONDEMN));
    }

    @Test
    void shouldHearAMemberSpeakingAgainstItsOrganisationsSanctions() {
        Extraction out = read("The U.N. Security Council renewed sanctions on Mali. China's envoy said the sanctions"
                + " could not solve the crisis and had lost their relevance.");

        assertThat(out.statements())
                .extracting(Statement::state, s -> s.topic().line(), Statement::stance)
                .contains(tuple("CHN", "SANCTIONS:UN>MLI", Stance.OPPOSE));
    }

    @Test
    void shouldKeepAMemberThatVotedForTheSanctionsDespiteItsCaveats() {
        Extraction out = read("The U.N. Security Council adopted sanctions on Mali. Russia's envoy said Moscow voted"
                + " in favour but said that sanctions alone could not solve the crisis.");

        assertThat(out.statements())
                .extracting(Statement::state, Statement::stance)
                .contains(tuple("RUS", Stance.IMPOSE))
                .doesNotContain(tuple("RUS", Stance.OPPOSE));
    }

    @Test
    void shouldNotTakeTalkAboutAnotherMembersVetoForTheSpeakersOwn() {
        Extraction out = read("The U.N. Security Council failed to renew sanctions on Mali after a veto. France's"
                + " envoy called the veto shameful and said Paris would keep enforcing the sanctions on Mali.");

        assertThat(out.statements())
                .extracting(Statement::state, Statement::stance)
                .contains(tuple("FRA", Stance.IMPOSE))
                .doesNotContain(tuple("FRA", Stance.OPPOSE));
    }

    @Test
    void shouldReadSanctionsToBeAvoidedAsAThreat() {
        Extraction out = read("Ankara pressed ahead with talks to avoid the return of U.S. sanctions on Turkey.");

        assertThat(out.sanctions())
                .extracting(SanctionMention::imposer, SanctionMention::target, SanctionMention::action)
                .containsExactly(tuple("USA", "TUR", SanctionAction.THREATENED));
    }

    @Test
    void shouldTakeEachStateOfAListOfKindsOfPartyAsATarget() {
        Extraction out = read("Australia designated several Syrian officials and entities as well as Lebanese"
                + " shipping firms on Monday.");

        assertThat(out.sanctions())
                .extracting(SanctionMention::imposer, SanctionMention::target)
                .containsExactlyInAnyOrder(tuple("AUS", "SYR"), tuple("AUS", "LBN"));
    }

    @Test
    void shouldReadTheStateOfFrozenAssetsAsTheTarget() {
        Extraction out = read("Norway froze Russian central bank assets held in Oslo.");

        assertThat(out.sanctions())
                .extracting(SanctionMention::imposer, SanctionMention::target)
                .containsExactly(tuple("NOR", "RUS"));
    }

    @Test
    void shouldLetAProposalGovernASanctionFarFromItsVerb() {
        Extraction out = read("The European Union on Tuesday proposed that member states stop buying Iranian"
                + " petrochemicals within a year and close their ports to its tankers as part of a new package of"
                + " sanctions.");

        assertThat(out.sanctions())
                .extracting(SanctionMention::imposer, SanctionMention::target, SanctionMention::action)
                .containsExactly(tuple("EU", "IRN", SanctionAction.CONSIDERED));
    }

    @Test
    void shouldNotTakeAPossessorOrAStateOwnedFirmForTheImposer() {
        Extraction out = read("Japan imposed sanctions on Russia in March. The package also blacklists Gazprom,"
                + " Russia's gas exporter, and adds Russian state-owned shippers to the asset-freeze list.");

        assertThat(out.sanctions()).extracting(SanctionMention::imposer).containsOnly("JPN");
    }

    @Test
    void shouldHearAMemberBlockingTheSanctionsAsOpposingNotImposing() {
        Extraction out = read("The EU imposed an embargo on Iranian oil. Cyprus had blocked the embargo for a week,"
                + " arguing that it would hurt its shipping industry.");

        assertThat(out.sanctions()).extracting(SanctionMention::imposer).containsOnly("EU");
        assertThat(out.statements())
                .extracting(Statement::state, s -> s.topic().line(), Statement::stance)
                .contains(tuple("CYP", "SANCTIONS:EU>IRN", Stance.OPPOSE))
                .doesNotContain(tuple("CYP", "SANCTIONS:CYP>IRN", Stance.IMPOSE));
    }

    private static Extraction read(String body) {
        Story story =
                new Story("urn:test:context", "test-wire", null, "", body, MARCH_2024, MARCH_2024, "en", null, null);
        return EXTRACTOR.extract(story, KnownSpeakers.NONE);
    }
}
