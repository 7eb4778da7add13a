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

/** The arms trade named without a weapon word: "military-technical cooperation", "arming". */
class ArmsTradeWordingTest {

    private static final StoryExtractor EXTRACTOR = ProcessorApp.extractor();
    private static final Instant JULY_2024 = Instant.parse("2024-07-02T09:00:00Z");

    @Test
    void shouldReadMilitaryTechnicalObligationsToAStateAsArmsForIt() {
        Extraction out = read("Russia will keep its obligations to Belarus in the field of military-technical"
                + " cooperation, the Russian foreign ministry said.");

        assertThat(out.armsTransfers())
                .extracting(
                        ArmsTransferMention::supplier,
                        ArmsTransferMention::recipient,
                        m -> m.weapon().category(),
                        ArmsTransferMention::modality)
                .containsExactly(tuple("RUS", "BLR", WeaponCategory.UNSPECIFIED, Modality.PLANNED));
    }

    @Test
    void shouldReadMilitaryTechnicalCooperationWithAStateAsArmsForIt() {
        Extraction out =
                read("Putin said Russia does not exclude developing military-technical cooperation with Laos.");

        assertThat(out.armsTransfers())
                .extracting(
                        ArmsTransferMention::supplier, ArmsTransferMention::recipient, ArmsTransferMention::modality)
                .containsExactly(tuple("RUS", "LAO", Modality.PLANNED));
    }

    @Test
    void shouldReadArmingAStateAsArmsForIt() {
        Extraction out = read("Belgium accused Belarus of arming Russia.");

        assertThat(out.armsTransfers())
                .extracting(ArmsTransferMention::supplier, ArmsTransferMention::recipient)
                .containsExactly(tuple("BLR", "RUS"));
    }

    @Test
    void shouldNotReadAnOfficeNamedForTheTradeAsArms() {
        Extraction out = read("Vladimir Orlov, the Kremlin aide responsible for military-technical cooperation,"
                + " met Turkish officials in Ankara, and the Federal Service for Military-Technical Cooperation"
                + " issued a statement.");

        assertThat(out.armsTransfers()).isEmpty();
    }

    private static Extraction read(String body) {
        Story story = new Story("urn:test:trade", "test-wire", null, "", body, JULY_2024, JULY_2024, "en", null, null);
        return EXTRACTOR.extract(story, KnownSpeakers.NONE);
    }
}
