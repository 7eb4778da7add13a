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

class SanctionReaderTest {

    private static final StoryExtractor EXTRACTOR = ProcessorApp.extractor();
    private static final Instant MAY_2024 = Instant.parse("2024-05-14T09:00:00Z");

    @Test
    void shouldGiveEachStateOfAnImposerListItsOwnSanction() {
        Extraction out = read("Canada, Australia and New Zealand on Monday imposed sanctions on six Belarusian"
                + " officials over the crackdown on protesters.");

        assertThat(out.sanctions())
                .extracting(SanctionMention::imposer, SanctionMention::target, SanctionMention::action)
                .containsExactlyInAnyOrder(
                        tuple("CAN", "BLR", SanctionAction.IMPOSED),
                        tuple("AUS", "BLR", SanctionAction.IMPOSED),
                        tuple("NZL", "BLR", SanctionAction.IMPOSED));
    }

    @Test
    void shouldReadTwoSanctionsInOneSentenceWithTheirOwnImposers() {
        Extraction out = read("Japan froze the assets of two Russian banks last week, and Switzerland has"
                + " blacklisted several Belarusian firms that trade in potash.");

        assertThat(out.sanctions())
                .extracting(SanctionMention::imposer, SanctionMention::target)
                .containsExactlyInAnyOrder(tuple("JPN", "RUS"), tuple("CHE", "BLR"));
    }

    @Test
    void shouldTakeThePassiveAgentAsImposerAndTheSubjectAsTarget() {
        Extraction out = read("Two Syrian airlines were sanctioned by Canada on Friday for ferrying fighters.");

        assertThat(out.sanctions())
                .extracting(SanctionMention::imposer, SanctionMention::target)
                .containsExactly(tuple("CAN", "SYR"));
    }

    @Test
    void shouldReadAProgressiveVerbAsTheActNotAPassive() {
        Extraction out = read("Australia said it was sanctioning nine Iranian officials involved in the crackdown.");

        assertThat(out.sanctions())
                .extracting(SanctionMention::imposer, SanctionMention::target, SanctionMention::action)
                .containsExactly(tuple("AUS", "IRN", SanctionAction.IMPOSED));
    }

    @Test
    void shouldCountAssetFreezesAndTravelBansAsSanctions() {
        Extraction out = read("Britain announced an asset freeze and travel bans on eight Nicaraguan judges.");

        assertThat(out.sanctions())
                .extracting(SanctionMention::imposer, SanctionMention::target)
                .containsExactly(tuple("GBR", "NIC"));
    }

    @Test
    void shouldTakeSanctionsOnHongKongOfficialsAsSanctionsOnChina() {
        Extraction out = read("The Treasury on Friday imposed sanctions on five Hong Kong officials over the arrest of"
                + " opposition lawmakers.");

        assertThat(out.sanctions())
                .extracting(SanctionMention::imposer, SanctionMention::target)
                .containsExactly(tuple("USA", "CHN"));
    }

    @Test
    void shouldReadARolloverAsAnExtension() {
        Extraction out = read("The European Union rolled over its economic sanctions on Russia for six months.");

        assertThat(out.sanctions())
                .extracting(SanctionMention::imposer, SanctionMention::target, SanctionMention::action)
                .containsExactly(tuple("EU", "RUS", SanctionAction.EXTENDED));
    }

    @Test
    void shouldReadAWaiverAsEasing() {
        Extraction out = read("Washington granted a waiver on sanctions against Cuba for humanitarian shipments.");

        assertThat(out.sanctions()).extracting(SanctionMention::action).containsExactly(SanctionAction.EASED);
    }

    @Test
    void shouldReadSanctionsInAConditionalClauseAsAThreat() {
        Extraction out = read("Seoul said it would respond firmly if Beijing imposed sanctions on South Korean firms.");

        assertThat(out.sanctions())
                .extracting(SanctionMention::imposer, SanctionMention::target, SanctionMention::action)
                .containsExactly(tuple("CHN", "KOR", SanctionAction.THREATENED));
    }

    @Test
    void shouldMakeTheSubjectOfFaceTheTarget() {
        Extraction out = read("Serbia could face European Union sanctions over its refusal to align its policy.");

        assertThat(out.sanctions())
                .extracting(SanctionMention::imposer, SanctionMention::target, SanctionMention::action)
                .containsExactly(tuple("EU", "SRB", SanctionAction.THREATENED));
    }

    @Test
    void shouldReadAPenaltyForBuyingFromASanctionedStateAsASanctionOnTheBuyer() {
        Extraction out = read(
                "The United States slapped a 20% duty on goods from Turkey as a penalty for buying" + " Iranian gas.");

        assertThat(out.sanctions())
                .extracting(SanctionMention::imposer, SanctionMention::target)
                .containsExactly(tuple("USA", "TUR"));
    }

    @Test
    void shouldLetTheTargetCondemnTheSanctionsTheStoryNamed() {
        Extraction out = read("Canada imposed sanctions on Venezuelan officials on Tuesday. Caracas said the sanctions"
                + " were illegal and an attack on its sovereignty.");

        assertThat(out.sanctions())
                .extracting(SanctionMention::imposer, SanctionMention::target)
                .containsExactly(tuple("CAN", "VEN"));
        assertThat(out.statements())
                .extracting(Statement::state, s -> s.topic().line(), Statement::stance)
                .containsExactly(tuple("VEN", "SANCTIONS:CAN>VEN", Stance.CONDEMN));
    }

    @Test
    void shouldNotCountAMemberThatDroppedItsObjectionAsHoldingUpTheSanctions() {
        Extraction out =
                read("EU ministers agreed to renew the sanctions on Russia after Slovakia lifted its" + " objection.");

        assertThat(out.sanctions()).extracting(SanctionMention::action).containsExactly(SanctionAction.EXTENDED);
    }

    @Test
    void shouldTakeTheSubjectOfAListingByAnAgentAsTarget() {
        Extraction out = read("Three Chinese firms were added to the entity list by the Commerce Department.");

        assertThat(out.sanctions())
                .extracting(SanctionMention::imposer, SanctionMention::target)
                .containsExactly(tuple("USA", "CHN"));
    }

    @Test
    void shouldReadADemandThatTheImposerLiftSanctions() {
        Extraction out = read("Pyongyang demanded that Washington lift sanctions before any talks resume.");

        assertThat(out.sanctions())
                .extracting(SanctionMention::imposer, SanctionMention::target, SanctionMention::action)
                .containsExactly(tuple("USA", "PRK", SanctionAction.DEMANDED_LIFT));
    }

    @Test
    void shouldKeepSanctionsThatMembersApproved() {
        Extraction out = read("EU envoys approved a new package of sanctions against Iran on Wednesday.");

        assertThat(out.sanctions())
                .extracting(SanctionMention::imposer, SanctionMention::target)
                .containsExactly(tuple("EU", "IRN"));
    }

    @Test
    void shouldIgnoreSanctionedInTheSenseOfApproved() {
        Extraction out = read("Pakistan's cabinet sanctioned the plan to build a new dam near the border with India.");

        assertThat(out.sanctions()).isEmpty();
    }

    @Test
    void shouldIgnoreSanctionsOnLawyersByACourt() {
        Extraction out =
                read("A judge in Texas sanctioned two lawyers who cited cases about Mexico that did not exist.");

        assertThat(out.sanctions()).isEmpty();
    }

    @Test
    void shouldIgnoreADopingBan() {
        Extraction out = read("Kenya's marathon champion was sanctioned with a four-year ban after a doping test.");

        assertThat(out.sanctions()).isEmpty();
    }

    @Test
    void shouldNotTakeASanctionsLawForASanction() {
        Extraction out = read("Lawmakers in Poland debated the Russia Sanctions Act amendments on Thursday.");

        assertThat(out.sanctions()).isEmpty();
    }

    private static Extraction read(String body) {
        Story story =
                new Story("urn:test:sanctions", "test-wire", null, "", body, MAY_2024, MAY_2024, "en", null, null);
        return EXTRACTOR.extract(story, KnownSpeakers.NONE);
    }
}
