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

/** Actions turned round by their wording, and releases in which a government announces its own acts. */
class SanctionReversalsTest {

    private static final StoryExtractor EXTRACTOR = ProcessorApp.extractor();
    private static final Instant JUNE_2024 = Instant.parse("2024-06-11T08:00:00Z");

    @Test
    void shouldReadAReliefLeftToLapseUnlessAConditionIsMetAsAThreat() {
        Extraction out = read("Washington said it would not renew the waiver easing sanctions on Myanmar's gem trade"
                + " unless the junta frees political prisoners.");

        assertThat(out.sanctions())
                .extracting(SanctionMention::imposer, SanctionMention::target, SanctionMention::action)
                .containsExactly(tuple("USA", "MMR", SanctionAction.THREATENED));
    }

    @Test
    void shouldReadARevokedReliefAsSanctionsBackInForce() {
        Extraction out = read("Canada revoked the licence easing its sanctions on Belarusian potash last month.");

        assertThat(out.sanctions()).extracting(SanctionMention::action).containsExactly(SanctionAction.IMPOSED);
    }

    @Test
    void shouldReadARefusalToLiftAsSanctionsInForce() {
        Extraction out = read("Japan will not lift its sanctions on North Korea while abductees remain missing.");

        assertThat(out.sanctions())
                .extracting(SanctionMention::imposer, SanctionMention::target, SanctionMention::action)
                .containsExactly(tuple("JPN", "PRK", SanctionAction.IMPOSED));
    }

    @Test
    void shouldStillReadALiftingWhoseNegationBelongsToAnotherClause() {
        Extraction out = read("Talks did not collapse, and Britain lifted sanctions on Libyan banks on Friday.");

        assertThat(out.sanctions()).extracting(SanctionMention::action).containsExactly(SanctionAction.LIFTED);
    }

    @Test
    void shouldHearAMemberRefusingToRenewItsOrganisationsSanctionsAsOpposing() {
        Extraction out = read("Slovakia's prime minister said Slovakia would not back the renewal of the EU's"
                + " sanctions on Russia without guarantees on gas transit.");

        assertThat(out.statements())
                .extracting(Statement::state, s -> s.topic().line(), Statement::stance)
                .containsExactly(tuple("SVK", "SANCTIONS:EU>RUS", Stance.OPPOSE));
    }

    @Test
    void shouldReadAnOrderToEndASanctionsProgramAsLifting() {
        Extraction out = read("The president signed an order to end the U.S. sanctions program on Cuba.");

        assertThat(out.sanctions()).extracting(SanctionMention::action).containsExactly(SanctionAction.LIFTED);
    }

    @Test
    void shouldTakeAGovernmentsReleaseAsItsAnnouncement() {
        Extraction out = read("PRESS RELEASE\nJune 11, 2024\n\nWASHINGTON — Today, the Department of the Treasury is"
                + " sanctioning two Sudanese companies that supply the army.\n\nThe United States first imposed"
                + " sanctions on Sudan in 1997.");

        assertThat(out.statements())
                .extracting(Statement::state, s -> s.topic().line(), Statement::stance)
                .containsExactly(tuple("USA", "SANCTIONS:USA>SDN", Stance.IMPOSE));
        assertThat(out.statements())
                .allSatisfy(s -> assertThat(s.evidence().sentence()).contains("Today"));
    }

    @Test
    void shouldNotTakeAWireReportOfAnActAsAStatement() {
        Extraction out = read("WASHINGTON, June 11 (Wire) - The Treasury Department on Tuesday sanctioned two"
                + " Sudanese companies that supply the army.");

        assertThat(out.sanctions()).hasSize(1);
        assertThat(out.statements()).isEmpty();
    }

    @Test
    void shouldHearAMemberAcceptingSanctionsOnlyOnItsTermsAsOpposing() {
        Extraction out = read("The EU imposed sanctions on Russian steel in March. Austria's chancellor said Vienna"
                + " would only accept a package of sanctions that spared its gas imports.");

        assertThat(out.statements())
                .extracting(Statement::state, s -> s.topic().line(), Statement::stance)
                .contains(tuple("AUT", "SANCTIONS:EU>RUS", Stance.OPPOSE));
    }

    private static Extraction read(String body) {
        Story story =
                new Story("urn:test:reversals", "test-wire", null, "", body, JUNE_2024, JUNE_2024, "en", null, null);
        return EXTRACTOR.extract(story, KnownSpeakers.NONE);
    }
}
