package org.wirewatch.processor.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wirewatch.model.ArmsTransferMention;
import org.wirewatch.model.ArmsTransferTopic;
import org.wirewatch.model.Modality;
import org.wirewatch.model.SanctionAction;
import org.wirewatch.model.SanctionMention;
import org.wirewatch.model.SanctionReason;
import org.wirewatch.model.Stance;
import org.wirewatch.model.Statement;
import org.wirewatch.model.Story;
import org.wirewatch.model.WeaponCategory;
import org.wirewatch.processor.ProcessorApp;
import org.wirewatch.processor.lexicon.StateMention;

class CueExtractorTest {

    private static final StoryExtractor EXTRACTOR = ProcessorApp.extractor();
    private static final Instant JAN_2023 = Instant.parse("2023-01-20T10:00:00Z");

    @Test
    void shouldGiveEachWeaponTheModalityOfItsOwnClause() {
        Extraction out = read("Germany has already handed Ukraine PzH 2000 howitzers, and has promised to deliver"
                + " IRIS-T air defence systems in the coming weeks.");

        assertThat(out.armsTransfers())
                .extracting(m -> m.weapon().category(), ArmsTransferMention::modality)
                .containsExactlyInAnyOrder(
                        tuple(WeaponCategory.ARTILLERY, Modality.REPORTED),
                        tuple(WeaponCategory.AIR_DEFENSE, Modality.PLANNED));
        assertThat(out.armsTransfers()).allSatisfy(m -> {
            assertThat(m.supplier()).isEqualTo("DEU");
            assertThat(m.recipient()).isEqualTo("UKR");
        });
    }

    @Test
    void shouldLetCoordinatedSuppliersEachPledge() {
        Extraction out = read("The Netherlands and Denmark pledged F-16 fighter jets to Ukraine on Sunday.");

        assertThat(out.statements())
                .extracting(Statement::state, Statement::stance)
                .containsExactlyInAnyOrder(tuple("NLD", Stance.PLEDGE), tuple("DNK", Stance.PLEDGE));
    }

    @Test
    void shouldReadAThirdStateClaimAsAnAllegationAboutTheClosestSubject() {
        Extraction out =
                read("US National Security Adviser Jake Sullivan said Washington believed Iran was preparing to"
                        + " provide Russia with several hundred drones.");

        assertThat(out.armsTransfers())
                .extracting(
                        ArmsTransferMention::supplier,
                        ArmsTransferMention::recipient,
                        ArmsTransferMention::modality,
                        ArmsTransferMention::assertedBy)
                .containsExactly(tuple("IRN", "RUS", Modality.ALLEGED, "USA"));
        assertThat(out.statements())
                .extracting(Statement::state, Statement::stance)
                .containsExactly(tuple("USA", Stance.ALLEGE));
    }

    @Test
    void shouldSeparateAnAdmissionFromADenialInOneSentence() {
        Extraction out =
                read("Iran's foreign minister acknowledged that Tehran had sent drones to Russia, but said claims"
                        + " of Iranian missile deliveries were false.");

        assertThat(out.statements())
                .extracting(s -> ((org.wirewatch.model.ArmsTransferTopic) s.topic()).category(), Statement::stance)
                .containsExactlyInAnyOrder(
                        tuple(WeaponCategory.UAV, Stance.ACKNOWLEDGE), tuple(WeaponCategory.MISSILE, Stance.DENY));
    }

    @Test
    void shouldGiveATranscriptSpeakerTheFloorUntilTheNextLabel() {
        Extraction out = read("QUESTION: Will Germany send Taurus missiles to Ukraine?\n"
                + "CHANCELLOR OLAF SCHOLZ: We will not send Taurus missiles to Ukraine. That is clear.\n");

        assertThat(out.statements())
                .extracting(Statement::state, Statement::stance, Statement::speaker)
                .containsExactly(tuple("DEU", Stance.REFUSE, "Olaf Scholz"));
    }

    @Test
    void shouldAttributeAQuoteSpanningSentencesToWhoeverTheClosingSentenceNames() {
        Extraction out = read("\"We have never sent drones to Russia. Our position is well known,\" foreign ministry"
                + " spokesman Nasser Kanaani told reporters in Tehran.");

        assertThat(out.statements())
                .extracting(Statement::state, Statement::stance, Statement::speaker)
                .containsExactly(tuple("IRN", Stance.DENY, "Nasser Kanaani"));
    }

    @Test
    void shouldTakeTheSanctionTargetBeforeTheReasonClause() {
        Extraction out = read("The European Union on Thursday imposed sanctions on three Iranian generals for supplying"
                + " Russia with drones used against Ukrainian cities.");

        assertThat(out.sanctions())
                .extracting(
                        SanctionMention::imposer,
                        SanctionMention::target,
                        SanctionMention::action,
                        SanctionMention::reason)
                .containsExactly(tuple("EU", "IRN", SanctionAction.IMPOSED, SanctionReason.ARMS_TRANSFER));
    }

    @Test
    void shouldPutAMemberOfTheImposingOrganisationOnTheOrganisationsRow() {
        Extraction out = read("Hungary threatened on Monday to veto the EU's new sanctions against Russia, its foreign"
                + " minister said.");

        assertThat(out.statements())
                .extracting(Statement::state, s -> s.topic().line(), Statement::stance)
                .containsExactly(tuple("HUN", "SANCTIONS:EU>RUS", Stance.OPPOSE));
    }

    @Test
    void shouldGiveEachStateOfAJointStatementItsOwnStatement() {
        Extraction out = read("Britain, France and Germany said in a joint statement that Iran had delivered ballistic"
                + " missiles to Russia.");

        assertThat(out.statements())
                .extracting(Statement::state, Statement::stance)
                .containsExactlyInAnyOrder(
                        tuple("GBR", Stance.ALLEGE), tuple("FRA", Stance.ALLEGE), tuple("DEU", Stance.ALLEGE));
    }

    @Test
    void shouldIgnoreSanctionsInTheSportingSense() {
        Extraction out = read("FIFA sanctioned Russia's national team, barring it from the World Cup play-offs.");

        assertThat(out.sanctions()).isEmpty();
        assertThat(out.statements()).isEmpty();
    }

    @Test
    void shouldNotTakeThinkTanksForWeapons() {
        Extraction out = read("A Berlin think tank said Germany and France would send delegations to Kyiv.");

        assertThat(out.armsTransfers()).isEmpty();
    }

    @Test
    void shouldLetASourceNamedAfterTheCommaGovernTheStatementBeforeIt() {
        Extraction out =
                read("Russia has started delivering S-400 air defence systems to India, the head of the Russian"
                        + " arms export agency said on Sunday.");

        assertThat(out.armsTransfers())
                .extracting(ArmsTransferMention::modality, ArmsTransferMention::assertedBy)
                .containsExactly(tuple(Modality.CONFIRMED, "RUS"));
        assertThat(out.statements())
                .extracting(Statement::state, Statement::stance)
                .containsExactly(tuple("RUS", Stance.ACKNOWLEDGE));
    }

    @Test
    void shouldReadTakingDeliveryAsTheRecipientsAct() {
        Extraction out = read("Belarus has taken delivery of Chinese drones, a state broadcaster reported.");

        assertThat(out.armsTransfers())
                .extracting(ArmsTransferMention::supplier, ArmsTransferMention::recipient)
                .containsExactly(tuple("CHN", "BLR"));
    }

    @Test
    void shouldReadWavingAClaimAwayAsADenial() {
        Extraction out = read("The Kremlin dismissed as a fake the reports that Russia was buying artillery shells from"
                + " North Korea.");

        assertThat(out.statements())
                .extracting(Statement::state, Statement::stance)
                .containsExactly(tuple("RUS", Stance.DENY));
    }

    @Test
    void shouldLetStatesSpeakingOfTheStorysTransferAllegeItRatherThanSupplyIt() {
        Extraction out = read("Iran has sent drones to Russia, Ukrainian officials said. Britain, France and Germany"
                + " said the drone transfers breached a UN Security Council resolution.");

        assertThat(out.armsTransfers())
                .extracting(ArmsTransferMention::supplier, ArmsTransferMention::recipient)
                .containsOnly(tuple("IRN", "RUS"));
        assertThat(out.statements())
                .extracting(Statement::state, Statement::stance)
                .contains(tuple("GBR", Stance.ALLEGE), tuple("FRA", Stance.ALLEGE), tuple("DEU", Stance.ALLEGE));
    }

    @Test
    void shouldNotReadNoPlansAsAPledge() {
        Extraction out = read("North Korea said it had no plans to send artillery shells to Russia.");

        assertThat(out.statements()).extracting(Statement::stance).doesNotContain(Stance.PLEDGE);
    }

    @Test
    void shouldNotTakeANameInsideTheQuoteForItsSpeaker() {
        Extraction out = read("\"We agreed with President Lukashenko to hand over Iskander systems to Belarus,\""
                + " Vladimir Putin said.");

        assertThat(out.statements())
                .extracting(Statement::state, Statement::speaker, Statement::stance)
                .containsExactly(tuple("RUS", "Vladimir Putin", Stance.PLEDGE));
    }

    @Test
    void shouldReadTheStateMakingARequestAsTheRecipient() {
        Extraction out = read("Germany turned down Ukraine's request for Taurus cruise missiles, a government spokesman"
                + " said on Friday.");

        assertThat(out.armsTransfers())
                .extracting(
                        ArmsTransferMention::supplier, ArmsTransferMention::recipient, ArmsTransferMention::modality)
                .containsExactly(tuple("DEU", "UKR", Modality.REFUSED));
        assertThat(out.statements())
                .extracting(Statement::state, Statement::stance)
                .containsExactly(tuple("DEU", Stance.REFUSE));
    }

    @Test
    void shouldReadButNotAsARefusalOfWhatFollows() {
        Extraction out = read(
                "The United States will send Ukraine HIMARS launchers, but not the longer-range ATACMS" + " missiles.");

        assertThat(out.armsTransfers())
                .extracting(m -> m.weapon().category(), ArmsTransferMention::modality)
                .containsExactlyInAnyOrder(
                        tuple(WeaponCategory.ARTILLERY, Modality.PLANNED),
                        tuple(WeaponCategory.MISSILE, Modality.REFUSED));
    }

    @Test
    void shouldGiveTheFirstPersonOfAStatementToItsAuthor() {
        Extraction out = read("North Korea's defence ministry released the following statement:\n\n"
                + "The US keeps repeating claims about our arms trade. We have never exported artillery shells to"
                + " Russia.");

        assertThat(out.statements())
                .extracting(Statement::state, Statement::stance)
                .containsExactly(tuple("PRK", Stance.DENY));
    }

    @Test
    void shouldHoldAPartysStanceUntilTheStoryNamesTheTransfer() {
        Extraction out =
                read("Iran's foreign ministry spokesman said Tehran's cooperation with Moscow began long before"
                        + " the war. The United States says Iran has sent hundreds of drones to Russia.");

        assertThat(out.statements())
                .extracting(Statement::state, Statement::stance)
                .containsExactlyInAnyOrder(tuple("IRN", Stance.NON_DENIAL), tuple("USA", Stance.ALLEGE));
    }

    @Test
    void shouldNotHoldAStanceOnTroopsForAnArmsTransfer() {
        Extraction out = read("North Korea confirmed that its soldiers were sent to fight for Russia. Seoul says"
                + " Pyongyang has also shipped artillery shells to Russia.");

        assertThat(out.statements())
                .extracting(Statement::state, Statement::stance)
                .containsExactly(tuple("KOR", Stance.ALLEGE));
    }

    @Test
    void shouldReadAPurchaseOfAnotherStatesWeaponsByItsAdjective() {
        Extraction out = read("Russia has bought Iranian drones.");

        assertThat(out.armsTransfers())
                .extracting(ArmsTransferMention::supplier, ArmsTransferMention::recipient)
                .containsExactly(tuple("IRN", "RUS"));
    }

    @Test
    void shouldGiveAClaimToTheLaterSpeakerWhoMadeIt() {
        Extraction out = read("Iran denied the reports on Wednesday, a day after US Secretary of State Antony Blinken"
                + " said Moscow had received Iranian ballistic missiles.");

        assertThat(out.statements())
                .extracting(Statement::state, Statement::stance)
                .contains(tuple("USA", Stance.ALLEGE))
                .doesNotContain(tuple("IRN", Stance.ACKNOWLEDGE));
    }

    @Test
    void shouldKeepTheSpeakerOfAQuotationThatRunsOnAfterItsAttribution() {
        Extraction out = read("Asked whether Moscow would buy North Korean artillery shells, Kremlin spokesman Dmitry"
                + " Peskov said: \"We are neighbours. There are sensitive areas that will not be disclosed.\"");

        assertThat(out.statements())
                .extracting(Statement::state, Statement::stance)
                .contains(tuple("RUS", Stance.NON_DENIAL));
    }

    @Test
    void shouldReadTheNorthAsNorthKoreaInAKoreaStory() {
        Extraction out = read("Seoul said the North had shipped artillery shells to Russia. The South has sent no"
                + " weapons to Ukraine, a Defence Ministry official said.");

        assertThat(out.armsTransfers())
                .extracting(ArmsTransferMention::supplier, ArmsTransferMention::recipient)
                .contains(tuple("PRK", "RUS"), tuple("KOR", "UKR"));
    }

    @Test
    void shouldNotReadCompassPointsAsKoreasElsewhere() {
        Extraction out = read("Turkey said the North Atlantic alliance would send air defence systems to Poland.");

        assertThat(out.armsTransfers())
                .extracting(ArmsTransferMention::supplier)
                .doesNotContain("PRK", "KOR");
    }

    @Test
    void shouldNotTakeTheClaimantForTheActorOfItsClaim() {
        Extraction out = read("North Korea rejected Washington's claim that it had been sending artillery shells to"
                + " Russia, saying it had never traded arms with Moscow.");

        assertThat(out.statements())
                .extracting(Statement::state, Statement::stance)
                .contains(tuple("PRK", Stance.DENY));
        assertThat(out.armsTransfers())
                .extracting(ArmsTransferMention::supplier)
                .containsOnly("PRK");
    }

    @Test
    void shouldGiveAnOfficialNamedByTitleOnlyTheStateTheBriefingIsHeldIn() {
        Extraction out = read("Transcript - government press conference, Berlin, 16 August\n\n"
                + "QUESTION: Britain has supplied Storm Shadow missiles. Ukraine asked for Taurus missiles too.\n\n"
                + "GOVERNMENT SPOKESPERSON: The request is being examined carefully.");

        assertThat(out.statements())
                .extracting(Statement::state, s -> ((ArmsTransferTopic) s.topic()).supplier(), Statement::stance)
                .containsExactly(tuple("DEU", "DEU", Stance.CONSIDER));
    }

    @Test
    void shouldGiveAStanceSaidByTheMinistryToTheStateThatIntroducedIt() {
        Extraction out = read("Kyiv accused Tehran on Monday of shipping attack drones to Moscow.\n\n"
                + "Iran's foreign ministry rejected the accusation. The ministry said in a statement that it had"
                + " never sent weapons to Russia.");

        assertThat(out.statements())
                .extracting(Statement::state, Statement::stance)
                .contains(tuple("IRN", Stance.DENY));
        assertThat(out.armsTransfers())
                .extracting(ArmsTransferMention::modality, ArmsTransferMention::assertedBy)
                .contains(tuple(Modality.DENIED, "IRN"));
    }

    @Test
    void shouldDenyTransfersToEverySideOfTheWarWhenNoneIsInQuestion() {
        Extraction out = read("Beijing has never sent weapons to either side of the war in Ukraine, a spokesman for the"
                + " Chinese foreign ministry said.");

        assertThat(out.statements())
                .extracting(Statement::state, s -> partiesOf(s), Statement::stance)
                .containsExactlyInAnyOrder(tuple("CHN", "CHN>RUS", Stance.DENY), tuple("CHN", "CHN>UKR", Stance.DENY));
    }

    @Test
    void shouldReadEitherSideAsTheRecipientTheStoryAlreadyTiesTheSupplierTo() {
        Extraction out = read("Washington says Beijing is preparing to send drones to Moscow.\n\n"
                + "China's foreign ministry said Beijing had never provided weapons to any party to the conflict.");

        assertThat(out.statements())
                .filteredOn(s -> s.state().equals("CHN"))
                .extracting(s -> partiesOf(s), Statement::stance)
                .containsExactly(tuple("CHN>RUS", Stance.DENY));
    }

    @Test
    void shouldTakeAPronounObjectForTheStateTheStoryWasAbout() {
        Extraction out = read("Russia is running short of attack drones, Western officials say.\n\n"
                + "Iran's foreign minister denied that Tehran was selling it drone engines.");

        assertThat(out.statements())
                .extracting(Statement::state, s -> partiesOf(s), Statement::stance)
                .contains(tuple("IRN", "IRN>RUS", Stance.DENY));
    }

    @Test
    void shouldTakeTheStateAnAttributionSpeaksOfForAQuotedPronoun() {
        Extraction out = read("Leaders met in Brussels on Tuesday.\n\n"
                + "\"We are going to send them more Patriots,\" the US president said of Ukraine.");

        assertThat(out.armsTransfers())
                .extracting(ArmsTransferMention::supplier, ArmsTransferMention::recipient)
                .containsExactly(tuple("USA", "UKR"));
    }

    @Test
    void shouldNotReadAnOfferOfHelpAsAPledgeOfArms() {
        Extraction out = read("Slovakia will stop sending weapons to Ukraine, its prime minister said.\n\n"
                + "He said Slovakia would continue to offer humanitarian help.");

        assertThat(out.statements()).extracting(Statement::stance).doesNotContain(Stance.PLEDGE);
    }

    @Test
    void shouldGiveAStatesOwnWeaponsToItButNotAnotherStatesOnes() {
        Extraction own = read("A Dutch government spokesman said Kyiv's request for its F-16 jets was being examined.");
        Extraction others = read("Washington says Chinese firms keep supplying Russia with parts that Moscow uses to"
                + " rebuild its missile production.");

        assertThat(own.statements())
                .extracting(Statement::state, s -> partiesOf(s), Statement::stance)
                .containsExactly(tuple("NLD", "NLD>UKR", Stance.CONSIDER));
        assertThat(others.armsTransfers())
                .extracting(ArmsTransferMention::supplier)
                .doesNotContain("USA");
    }

    @Test
    void shouldNotTakeAStateInAPrepositionalPhraseForTheSubject() {
        Extraction out = read("China, the president said, is not a party to the conflict in Ukraine and has not sold"
                + " weapons to Russia.");
        Extraction ofPhrase = read("China is not the creator of the Ukraine crisis and has not sold weapons to Russia,"
                + " its foreign minister said.");

        assertThat(out.armsTransfers())
                .extracting(ArmsTransferMention::supplier)
                .containsOnly("CHN");
        assertThat(ofPhrase.armsTransfers())
                .extracting(ArmsTransferMention::supplier)
                .containsOnly("CHN");
    }

    @Test
    void shouldNotReadAConditionAsAnAllegation() {
        Extraction out = read(
                "Russia's ambassador said that if Germany sent its tanks to Ukraine, they would be" + " destroyed.");

        assertThat(out.statements()).extracting(Statement::state).doesNotContain("RUS");
        assertThat(read("The Kremlin said any supply of weapons by Seoul to Kyiv would draw it into the war.")
                        .statements())
                .extracting(Statement::state)
                .doesNotContain("RUS");
    }

    @Test
    void shouldReadNoTransferInAReportersQuestion() {
        Extraction out = read("QUESTION: And on Beijing? Has China sent Russia artillery shells this year?");

        assertThat(out.armsTransfers()).isEmpty();
        assertThat(out.statements()).isEmpty();
    }

    @Test
    void shouldClaimNoTransferThatIsOnlySupposed() {
        Extraction out = read("A State Department spokesman said any weapons shipment from Iran to Russia would breach"
                + " the embargo.");

        assertThat(out.armsTransfers()).isEmpty();
        assertThat(out.statements()).extracting(Statement::state).doesNotContain("USA");
    }

    @Test
    void shouldReadAThirdStateThatHasSeenNoTransferAsDisputingIt() {
        Extraction out =
                read("Britain's foreign secretary said London had not seen Belarus deliver missiles to Russia.");

        assertThat(out.armsTransfers()).isEmpty();
        assertThat(out.statements())
                .extracting(Statement::state, Statement::stance)
                .containsExactly(tuple("GBR", Stance.DISPUTE));
    }

    @Test
    void shouldTakeNoStanceFromAConditionOnTheClaim() {
        Extraction out =
                read("Ukraine said Iran had sent drones to Russia. \"If Iran's role is confirmed, we will respond,\""
                        + " the French foreign minister said.");

        assertThat(out.statements()).extracting(Statement::state).doesNotContain("FRA");
    }

    @Test
    void shouldReadStandingWithAWarringStateAsSupportForIt() {
        Extraction out =
                read("Norway will send more air defence missiles to Ukraine in the war. \"We will stand with Ukraine"
                        + " for as long as it takes,\" Norway's prime minister said.");

        assertThat(out.statements())
                .extracting(Statement::state, s -> s.topic().toString(), Statement::stance)
                .contains(tuple("NOR", new org.wirewatch.model.AlignmentTopic("UKR").toString(), Stance.SUPPORT));
    }

    @Test
    void shouldGiveAQuotationStandingAloneTheSpeakerOfTheQuotationBefore() {
        Extraction out = read("Belarus has sent tanks to Russia for the war, Ukraine says. \"Our friendship is old,\""
                + " Belarusian President Alexander Lukashenko said. \"We will always stand by Moscow.\"");

        assertThat(out.statements())
                .extracting(Statement::state, Statement::stance)
                .contains(tuple("BLR", Stance.SUPPORT));
    }

    @Test
    void shouldNotMakeARecipientThankingItsSuppliersPledge() {
        Extraction out = read("Ukraine has received the first Patriot systems from the United States. \"Thank you to"
                + " our American partners for keeping their promises,\" Ukraine's defence minister said.");

        // the promise is the supplier's; the recipient's thanks acknowledge what it got
        assertThat(out.statements())
                .filteredOn(s -> s.state().equals("UKR"))
                .extracting(Statement::stance)
                .containsOnly(Stance.ACKNOWLEDGE);
    }

    @Test
    void shouldGiveAStanceTakenBeforeAnyTransferToTheSpeakersOwnWeaponsForTheLaterRecipient() {
        // a live blog, newest entry first: the consideration comes before any transfer is named
        Extraction out = read("Norway's defence minister said Oslo was still considering sending its tanks."
                + " Earlier, Britain delivered 14 Challenger 2 tanks to Ukraine.");

        assertThat(out.statements())
                .extracting(Statement::state, s -> s.topic().toString(), Statement::stance)
                .contains(tuple(
                        "NOR",
                        new ArmsTransferTopic("NOR", "UKR", WeaponCategory.ARMORED_VEHICLE).toString(),
                        Stance.CONSIDER));
    }

    @Test
    void shouldMakeTheUserOfAWeaponNamedWithItsSupplierTheRecipient() {
        Extraction out =
                read("Poland said Russia had launched Belarusian-supplied drones at Ukrainian towns, an accusation"
                        + " Minsk rejected.");

        assertThat(out.armsTransfers())
                .extracting(ArmsTransferMention::supplier, ArmsTransferMention::recipient)
                .containsOnly(tuple("BLR", "RUS"));
        assertThat(out.statements())
                .extracting(Statement::state, Statement::stance)
                .containsExactlyInAnyOrder(tuple("POL", Stance.ALLEGE), tuple("BLR", Stance.DENY));
    }

    @Test
    void shouldClaimNoTransferInAGerundSupposed() {
        Extraction out =
                read("A Kremlin spokesman said sending tanks to Kyiv would make Tokyo a party to the conflict.");

        assertThat(out.armsTransfers()).isEmpty();
    }

    @Test
    void shouldMakeTheStateOfAnOfficialWhoActsTheSupplier() {
        Extraction out = read("Erdogan instructed officials to deliver more drones to Ukraine.");

        assertThat(out.armsTransfers())
                .extracting(ArmsTransferMention::supplier, ArmsTransferMention::recipient)
                .containsExactly(tuple("TUR", "UKR"));
        assertThat(out.statements()).isEmpty(); // an act, not a statement
    }

    @Test
    void shouldLetTheAttributionNotTheOfficialReportedOnSpeak() {
        Extraction out = read("Kim Jong Un shipped artillery shells to Russia, South Korea's spy agency said.");

        assertThat(out.armsTransfers())
                .extracting(
                        ArmsTransferMention::supplier,
                        ArmsTransferMention::recipient,
                        ArmsTransferMention::modality,
                        ArmsTransferMention::assertedBy)
                .containsExactly(tuple("PRK", "RUS", Modality.ALLEGED, "KOR"));
    }

    @Test
    void shouldLetAGroupOfStatesSpeakAsItsMembers() {
        Extraction out = read("The Baltic states pledged more artillery shells to Ukraine on Monday.");

        assertThat(out.statements())
                .extracting(Statement::state, s -> partiesOf(s), Statement::stance)
                .containsExactlyInAnyOrder(
                        tuple("EST", "EST>UKR", Stance.PLEDGE),
                        tuple("LVA", "LVA>UKR", Stance.PLEDGE),
                        tuple("LTU", "LTU>UKR", Stance.PLEDGE));
    }

    @Test
    void shouldReadTheE3AsFranceGermanyAndBritain() {
        assertThat(StateGroups.addTo("The E3 warned Tehran on Friday.", List.of()))
                .extracting(StateMention::code)
                .containsExactly("FRA", "DEU", "GBR");
        assertThat(StateGroups.addTo("The E3-based index rose.", List.of())).isEmpty();
    }

    @Test
    void shouldPlanATransferADealOnlyAgrees() {
        Extraction signed = read("Norway and Ukraine signed an agreement on Tuesday for Ukraine to acquire NASAMS air"
                + " defence systems, the Norwegian defence ministry said.");
        Extraction done = read("Norway has already delivered NASAMS air defence systems to Ukraine, the Norwegian"
                + " defence ministry said.");

        assertThat(signed.armsTransfers())
                .extracting(ArmsTransferMention::modality)
                .containsOnly(Modality.PLANNED);
        assertThat(done.armsTransfers())
                .extracting(ArmsTransferMention::modality)
                .containsOnly(Modality.CONFIRMED);
    }

    private static String partiesOf(Statement statement) {
        ArmsTransferTopic topic = (ArmsTransferTopic) statement.topic();
        return topic.supplier() + ">" + topic.recipient();
    }

    private static Extraction read(String body) {
        Story story = new Story("urn:test:extract", "test-wire", null, "", body, JAN_2023, JAN_2023, "en", null, null);
        return EXTRACTOR.extract(story, KnownSpeakers.NONE);
    }
}
