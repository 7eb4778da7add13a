package org.wirewatch.processor.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.wirewatch.model.ArmsTransferMention;
import org.wirewatch.model.Modality;
import org.wirewatch.model.Story;
import org.wirewatch.processor.ProcessorApp;

/** A transfer only asked for is neither a mention nor a stance until the asked state answers. */
class RequestedTransfersTest {

    private static final StoryExtractor EXTRACTOR = ProcessorApp.extractor();
    private static final Instant MARCH_2024 = Instant.parse("2024-03-05T09:00:00Z");

    @Test
    void shouldNotReadAnUrgedDeliveryAsATransfer() {
        Extraction out = read("The Moldovan president has urged Romania to send air defence systems and howitzers.");

        assertThat(out.armsTransfers()).isEmpty();
        assertThat(out.statements()).isEmpty();
    }

    @Test
    void shouldNotReadARequestThatAnotherStateProvideWeaponsAsATransfer() {
        Extraction out = read("Georgia asked that France provide it with military helicopters before the winter.");

        assertThat(out.armsTransfers()).isEmpty();
    }

    @Test
    void shouldStillReadARefusedRequest() {
        Extraction out = read("Spain refused a Moroccan request to sell it howitzers, the defence ministry said.");

        assertThat(out.armsTransfers())
                .extracting(
                        ArmsTransferMention::supplier, ArmsTransferMention::recipient, ArmsTransferMention::modality)
                .containsExactly(tuple("ESP", "MAR", Modality.REFUSED));
    }

    @Test
    void shouldStillReadATransferBesideAQuestionAskedOfIt() {
        Extraction out = read("Asked about the deliveries, the minister said Spain has sent howitzers to Morocco.");

        assertThat(out.armsTransfers())
                .extracting(ArmsTransferMention::supplier, ArmsTransferMention::recipient)
                .containsExactly(tuple("ESP", "MAR"));
    }

    private static Extraction read(String body) {
        Story story =
                new Story("urn:test:asked", "test-wire", null, "", body, MARCH_2024, MARCH_2024, "en", null, null);
        return EXTRACTOR.extract(story, KnownSpeakers.NONE);
    }
}
