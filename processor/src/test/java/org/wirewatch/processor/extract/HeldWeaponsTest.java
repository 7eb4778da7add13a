package org.wirewatch.processor.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.wirewatch.model.ArmsTransferMention;
import org.wirewatch.model.Modality;
import org.wirewatch.model.Story;
import org.wirewatch.model.WeaponCategory;
import org.wirewatch.processor.ProcessorApp;

/** Transfers told as the recipient's possession, use or purchase of weapons named with their supplier. */
class HeldWeaponsTest {

    private static final StoryExtractor EXTRACTOR = ProcessorApp.extractor();
    private static final Instant MAY_2021 = Instant.parse("2021-05-04T09:00:00Z");

    @Test
    void shouldReadTheUserOfForeignMadeWeaponsAsTheirRecipient() {
        Extraction out = read("Serbian officials said the Hungarian army is now using Swedish-made Gripen fighters"
                + " on its southern border.");

        assertThat(out.armsTransfers())
                .extracting(ArmsTransferMention::supplier, ArmsTransferMention::recipient, m -> m.weapon()
                        .category())
                .containsExactly(tuple("SWE", "HUN", WeaponCategory.AIRCRAFT));
    }

    @Test
    void shouldReadWhatTheSpeakerSaysWeHaveAsTheSpeakersStateReceiving() {
        Extraction out = read("\"Of course we have Chinese drones, and they work well,\" Serbian President"
                + " Aleksandar Vucic told a rally.");

        assertThat(out.armsTransfers())
                .extracting(
                        ArmsTransferMention::supplier, ArmsTransferMention::recipient, ArmsTransferMention::modality)
                .containsExactly(tuple("CHN", "SRB", Modality.CONFIRMED));
    }

    @Test
    void shouldReadAPurchaseInTheFirstPersonAsTheSpeakersState() {
        Extraction out = read("\"We bought French howitzers last year,\" Serbian President Aleksandar Vucic said.");

        assertThat(out.armsTransfers())
                .extracting(ArmsTransferMention::supplier, ArmsTransferMention::recipient)
                .containsExactly(tuple("FRA", "SRB"));
    }

    @Test
    void shouldTakeAStateNamedAfterThePronounAsTheHolder() {
        Extraction out = read("\"We know that Belarus has Russian missiles,\" the Lithuanian foreign minister said.");

        assertThat(out.armsTransfers())
                .extracting(ArmsTransferMention::supplier, ArmsTransferMention::recipient)
                .containsExactly(tuple("RUS", "BLR"));
    }

    @Test
    void shouldNotReadAWeaponsMakerAloneAsASupplier() {
        // the jets may be decades old: only an adjective the sentence writes names a supplier
        assertThat(read("Bulgaria has MiG-29 fighter jets in its air force.").armsTransfers())
                .isEmpty();
    }

    @Test
    void shouldNotReadASupposedUseAsATransfer() {
        Extraction out = read("If it turned out that Belarus had used Russian missiles against its neighbour, the"
                + " minister said, there would be consequences.");

        assertThat(out.armsTransfers()).isEmpty();
    }

    @Test
    void shouldNotReadAStatesOwnForeignMadeWeaponsKeptAtHomeAsADelivery() {
        Extraction out = read("Athens was asked whether Greece would give up its own American-made Patriot"
                + " batteries, a military official said.");

        assertThat(out.armsTransfers())
                .extracting(ArmsTransferMention::supplier, ArmsTransferMention::recipient)
                .doesNotContain(tuple("USA", "GRC"));
    }

    private static Extraction read(String body) {
        Story story = new Story("urn:test:held", "test-wire", null, "", body, MAY_2021, MAY_2021, "en", null, null);
        return EXTRACTOR.extract(story, KnownSpeakers.NONE);
    }
}
