package org.wirewatch.processor.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.wirewatch.model.ArmsTransferMention;
import org.wirewatch.model.ArmsTransferTopic;
import org.wirewatch.model.Stance;
import org.wirewatch.model.Statement;
import org.wirewatch.model.Story;
import org.wirewatch.processor.ProcessorApp;

/** Weapons sent through a middleman to an end recipient: both legs are transfers by the supplier. */
class OnwardTransfersTest {

    private static final StoryExtractor EXTRACTOR = ProcessorApp.extractor();
    private static final Instant JUNE_2023 = Instant.parse("2023-06-12T09:00:00Z");

    @Test
    void shouldReadTheStateWhereSoldWeaponsEndAsARecipientToo() {
        Extraction out = read("Chile said it would sell artillery ammunition to Spain that would end up in Ukraine.");

        assertThat(out.armsTransfers())
                .extracting(ArmsTransferMention::supplier, ArmsTransferMention::recipient)
                .containsExactlyInAnyOrder(tuple("CHL", "ESP"), tuple("CHL", "UKR"));
    }

    @Test
    void shouldReadTheBuyerWhoPassesWeaponsOnAsTheMiddleman() {
        Extraction out = read("Officials said Washington would buy 50,000 artillery shells from Japanese"
                + " manufacturers to pass on to Ukraine.");

        assertThat(out.armsTransfers())
                .extracting(ArmsTransferMention::supplier, ArmsTransferMention::recipient)
                .containsExactlyInAnyOrder(tuple("JPN", "UKR"), tuple("JPN", "USA"));
    }

    @Test
    void shouldReadTheStateAskingAnotherToSellAsTheRecipient() {
        Extraction out = read("The Chilean president turned down a Spanish request to sell tank ammunition.");

        assertThat(out.armsTransfers())
                .extracting(ArmsTransferMention::supplier, ArmsTransferMention::recipient)
                .containsExactly(tuple("CHL", "ESP"));
    }

    @Test
    void shouldHearAPledgeToTheMiddlemanAsAConsiderationOfTheEndRecipient() {
        Extraction out = read("Romania said it was ready to hand over its F-16 jets to Germany, which would"
                + " decide whether the aircraft end up in the hands of Moldovan pilots.");

        assertThat(out.statements())
                .extracting(Statement::state, s -> ((ArmsTransferTopic) s.topic()).recipient(), Statement::stance)
                .contains(tuple("ROU", "DEU", Stance.PLEDGE), tuple("ROU", "MDA", Stance.CONSIDER))
                .doesNotContain(tuple("ROU", "MDA", Stance.PLEDGE));
    }

    @Test
    void shouldNotFindAnEndRecipientWhereTheSentenceNamesNone() {
        Extraction out = read("Chile said it would sell artillery ammunition to Spain.");

        assertThat(out.armsTransfers())
                .extracting(ArmsTransferMention::supplier, ArmsTransferMention::recipient)
                .containsExactly(tuple("CHL", "ESP"));
    }

    private static Extraction read(String body) {
        Story story = new Story("urn:test:onward", "test-wire", null, "", body, JUNE_2023, JUNE_2023, "en", null, null);
        return EXTRACTOR.extract(story, KnownSpeakers.NONE);
    }
}
