package org.wirewatch.processor.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.wirewatch.model.ArmsTransferMention;
import org.wirewatch.model.Modality;
import org.wirewatch.model.Stance;
import org.wirewatch.model.Statement;
import org.wirewatch.model.Story;
import org.wirewatch.processor.ProcessorApp;

/** Weapons paid for that never came: a purchase whose buyer denies the delivery. */
class UndeliveredOrdersTest {

    private static final StoryExtractor EXTRACTOR = ProcessorApp.extractor();
    private static final Instant MAR_2024 = Instant.parse("2024-03-05T11:00:00Z");

    @Test
    void shouldReadAPaymentForForeignWeaponsAsAPurchaseFromTheirState() {
        Extraction out =
                read("Kazakhstan has paid for a batch of Chinese weapons, the defence ministry in Astana" + " said.");

        assertThat(out.armsTransfers())
                .extracting(ArmsTransferMention::supplier, ArmsTransferMention::recipient)
                .containsExactly(tuple("CHN", "KAZ"));
    }

    @Test
    void shouldReadTheBuyerSayingPaidForWeaponsNeverCameAsADenialOfTheDelivery() {
        Extraction out = read("Kazakh President Kassym-Jomart Tokayev said Kazakhstan had paid for Chinese"
                + " weapons that were never delivered.");

        assertThat(out.armsTransfers())
                .extracting(
                        ArmsTransferMention::supplier, ArmsTransferMention::recipient, ArmsTransferMention::modality)
                .containsExactly(tuple("CHN", "KAZ", Modality.DENIED));
        assertThat(out.statements())
                .extracting(Statement::state, Statement::stance)
                .containsExactly(tuple("KAZ", Stance.DENY));
    }

    @Test
    void shouldNotTakeWhoPaidInThePassiveAsTheSupplier() {
        Extraction out = read("Tokayev said the rifles paid for by Astana had not been supplied by the Chinese side.");

        assertThat(out.armsTransfers())
                .extracting(ArmsTransferMention::supplier, ArmsTransferMention::recipient)
                .doesNotContain(tuple("KAZ", "CHN"));
    }

    private static Extraction read(String body) {
        Story story = new Story("urn:test:unpaid", "test-wire", null, "", body, MAR_2024, MAR_2024, "en", null, null);
        return EXTRACTOR.extract(story, KnownSpeakers.NONE);
    }
}
