package org.wirewatch.processor.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.wirewatch.model.ArmsTransferMention;
import org.wirewatch.model.Modality;
import org.wirewatch.model.Story;
import org.wirewatch.processor.ProcessorApp;

/** A supplier speaking of what may or will come plans a transfer; it confirms none done. */
class PossibleTransfersTest {

    private static final StoryExtractor EXTRACTOR = ProcessorApp.extractor();
    private static final Instant APRIL_2023 = Instant.parse("2023-04-11T09:00:00Z");

    @Test
    void shouldReadWhatASupplierMightEventuallyGiveAsPlanned() {
        Extraction out = read("Norwegian Prime Minister Jonas Gahr Store said Norway might eventually be able to"
                + " give fighter jets to Ukraine.");

        assertThat(out.armsTransfers())
                .extracting(ArmsTransferMention::modality)
                .containsExactly(Modality.PLANNED);
    }

    @Test
    void shouldReadNothingExcludedAsPlanned() {
        Extraction out = read("Norwegian Prime Minister Jonas Gahr Store said nothing was excluded when it came to"
                + " sending howitzers to Ukraine.");

        assertThat(out.armsTransfers())
                .extracting(ArmsTransferMention::modality)
                .containsExactly(Modality.PLANNED);
    }

    @Test
    void shouldReadAConfirmedFutureDeliveryAsPlanned() {
        Extraction out = read("Norwegian Prime Minister Jonas Gahr Store confirmed that Norway will send eight"
                + " howitzers to Ukraine.");

        assertThat(out.armsTransfers())
                .extracting(ArmsTransferMention::modality)
                .containsExactly(Modality.PLANNED);
    }

    @Test
    void shouldStillReadAConfirmedDeliveryAsConfirmed() {
        Extraction out = read("Norwegian Prime Minister Jonas Gahr Store confirmed that Norway has sent eight"
                + " howitzers to Ukraine.");

        assertThat(out.armsTransfers())
                .extracting(ArmsTransferMention::modality)
                .containsExactly(Modality.CONFIRMED);
    }

    private static Extraction read(String body) {
        Story story =
                new Story("urn:test:possible", "test-wire", null, "", body, APRIL_2023, APRIL_2023, "en", null, null);
        return EXTRACTOR.extract(story, KnownSpeakers.NONE);
    }
}
