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

/** A recipient thanking its supplier for weapons acknowledges the transfer. */
class RecipientThanksTest {

    private static final StoryExtractor EXTRACTOR = ProcessorApp.extractor();
    private static final Instant OCT_2023 = Instant.parse("2023-10-02T12:00:00Z");

    @Test
    void shouldReadTheRecipientThankingForPromisedWeaponsAsItsAcknowledgement() {
        Extraction out = read("Sweden will send Archer howitzers to Ukraine, the Swedish defence minister said."
                + " Ukrainian President Volodymyr Zelensky said he was grateful to Stockholm for the decision.");

        assertThat(out.statements())
                .extracting(Statement::state, Statement::stance)
                .containsExactly(tuple("SWE", Stance.PLEDGE), tuple("UKR", Stance.ACKNOWLEDGE));
    }

    @Test
    void shouldReadThanksForKeptPromisesAsTheRecipientsAcknowledgementNotItsPledge() {
        Extraction out =
                read("Sweden has delivered Archer howitzers to Ukraine. \"Thank you to our Swedish partners for"
                        + " keeping their promise,\" Ukrainian Defence Minister Rustem Umerov wrote.");

        assertThat(out.statements())
                .extracting(Statement::state, s -> ((ArmsTransferTopic) s.topic()).supplier(), Statement::stance)
                .containsExactly(tuple("UKR", "SWE", Stance.ACKNOWLEDGE));
    }

    @Test
    void shouldNotReadThanksToTheWeaponsAsGratitude() {
        Extraction out = read("Sweden will send Archer howitzers to Ukraine, the Swedish defence minister said."
                + " \"Thanks to them our front will hold,\" a Ukrainian commander said.");

        assertThat(out.statements()).extracting(Statement::state).doesNotContain("UKR");
    }

    @Test
    void shouldNotReadAReproachAboutThankYousAsGratitude() {
        Extraction out = read("Sweden is still considering sending Archer howitzers to Ukraine. Ukrainian President"
                + " Volodymyr Zelensky said a hundred thank-yous are not a hundred howitzers.");

        assertThat(out.statements())
                .extracting(Statement::state, Statement::stance)
                .doesNotContain(tuple("UKR", Stance.ACKNOWLEDGE));
    }

    @Test
    void shouldNotTakeAStatePossessingTheObjectOfARefusalAsItsSpeaker() {
        Extraction out = read("The administration has declined Ukraine's request for ATACMS missiles, which can strike"
                + " deep behind the front line.");

        assertThat(out.statements()).extracting(Statement::state).doesNotContain("UKR");
    }

    @Test
    void shouldHearARecipientOfficialWhoThankedTheSupplierAsAcknowledgingIt() {
        Extraction out = read("Russia will keep supplying modern weapons to the armed forces of Kazakhstan, Sergei"
                + " Shoigu said. Kazakh Defence Minister Ruslan Zhaksylykov thanked the Russian side for its support.");

        assertThat(out.statements())
                .extracting(Statement::state, s -> ((ArmsTransferTopic) s.topic()).recipient(), Statement::stance)
                .containsExactly(tuple("RUS", "KAZ", Stance.PLEDGE), tuple("KAZ", "KAZ", Stance.ACKNOWLEDGE));
    }

    @Test
    void shouldNotReadAThirdStateThankingASupplierAsAnAllegation() {
        Extraction out =
                read("Macron thanked Chancellor Olaf Scholz, saying Germany's decision to send Leopard tanks to"
                        + " Ukraine was brave.");

        assertThat(out.statements()).extracting(Statement::state).doesNotContain("FRA");
        assertThat(out.armsTransfers())
                .extracting(ArmsTransferMention::supplier, ArmsTransferMention::assertedBy)
                .containsOnly(tuple("DEU", null));
    }

    private static Extraction read(String body) {
        Story story = new Story("urn:test:thanks", "test-wire", null, "", body, OCT_2023, OCT_2023, "en", null, null);
        return EXTRACTOR.extract(story, KnownSpeakers.NONE);
    }
}
