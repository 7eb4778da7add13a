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

/** A recipient telling its own purchase: the transfer, and its acknowledgement of it. */
class BuyersWordTest {

    private static final StoryExtractor EXTRACTOR = ProcessorApp.extractor();
    private static final Instant MARCH_2022 = Instant.parse("2022-03-14T08:00:00Z");

    @Test
    void shouldReadAPurchaseInTheFirstPersonWithItsSellerAfterAsTheSpeakersStateBuying() {
        Extraction out = read("\"We have bought self-propelled howitzers from France,\" the Serbian defence minister"
                + " told parliament.");

        assertThat(out.armsTransfers())
                .extracting(ArmsTransferMention::supplier, ArmsTransferMention::recipient)
                .containsExactly(tuple("FRA", "SRB"));
        assertThat(out.statements())
                .extracting(Statement::state, Statement::stance)
                .containsExactly(tuple("SRB", Stance.ACKNOWLEDGE));
    }

    @Test
    void shouldReadTheBuyersOwnWordOfAPurchaseAsAnAcknowledgement() {
        Extraction out = read("\"Our air force purchased Chinese drones two years ago,\" Serbian President"
                + " Aleksandar Vucic said.");

        assertThat(out.statements())
                .extracting(Statement::state, s -> ((ArmsTransferTopic) s.topic()).supplier(), Statement::stance)
                .containsExactly(tuple("SRB", "CHN", Stance.ACKNOWLEDGE));
    }

    @Test
    void shouldReadAMinisterSayingHisStateAcquiredWeaponsAsItsAcknowledgement() {
        Extraction out = read(
                "Serbian Defence Minister Milos Vucevic said Serbia had acquired air defence systems" + " from China.");

        assertThat(out.statements())
                .extracting(Statement::state, Statement::stance)
                .containsExactly(tuple("SRB", Stance.ACKNOWLEDGE));
    }

    @Test
    void shouldNotReadAPurchaseThatIsOnlyPlannedAsAnAcknowledgement() {
        Extraction out =
                read("\"We plan to buy more drones from Turkey next year,\" the Serbian defence minister" + " said.");

        assertThat(out.statements()).extracting(Statement::stance).doesNotContain(Stance.ACKNOWLEDGE);
    }

    @Test
    void shouldNotReadAThirdStatesWordOfAPurchaseAsAnAcknowledgement() {
        Extraction out = read("Croatian officials said Serbia had bought Chinese drones last year.");

        assertThat(out.statements())
                .extracting(Statement::state, Statement::stance)
                .containsExactly(tuple("HRV", Stance.ALLEGE));
    }

    private static Extraction read(String body) {
        Story story =
                new Story("urn:test:buyer", "test-wire", null, "", body, MARCH_2022, MARCH_2022, "en", null, null);
        return EXTRACTOR.extract(story, KnownSpeakers.NONE);
    }
}
