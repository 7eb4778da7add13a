package org.wirewatch.processor.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.wirewatch.model.ArmsTransferMention;
import org.wirewatch.model.Story;
import org.wirewatch.processor.ProcessorApp;

/** Who supplies and who receives when the sentence names the parties in roles other than subject and object. */
class TransferRolesTest {

    private static final StoryExtractor EXTRACTOR = ProcessorApp.extractor();
    private static final Instant JUN_2022 = Instant.parse("2022-06-14T08:00:00Z");

    @Test
    void shouldNotTakeAnAdjectiveAfterFromAsTheSupplier() {
        Extraction out = read("Norway froze a sale of artillery shells to Chile that critics had opposed over"
                + " casualties from the Peruvian-led border operation.");

        assertThat(out.armsTransfers())
                .extracting(ArmsTransferMention::supplier, ArmsTransferMention::recipient)
                .containsExactly(tuple("NOR", "CHL"));
    }

    @Test
    void shouldStillTakeTheStatesManufacturersAfterFromAsTheSupplier() {
        Extraction out = read("Canada will buy 20,000 artillery shells from Spanish manufacturers for Estonia.");

        assertThat(out.armsTransfers())
                .extracting(ArmsTransferMention::supplier)
                .contains("ESP");
    }

    @Test
    void shouldNotLetABuyerReceiveTheSystemsItsSellerMakes() {
        Extraction out = read(
                "Qatar has told the United States that it will pause talks on the purchase of F-35" + " fighter jets.");

        assertThat(out.armsTransfers())
                .extracting(ArmsTransferMention::supplier, ArmsTransferMention::recipient)
                .containsOnly(tuple("USA", "QAT"));
    }

    @Test
    void shouldSendASupplierNamedWithoutRecipientToWhereTheWeaponsEndNotToAnIntermediary() {
        Extraction out = read("Bulgaria's cabinet on Monday approved sending its remaining S-300 batteries to"
                + " Ukraine. Washington has offered Sofia Patriot air defence systems in exchange. Romania's"
                + " president said Bucharest would also deliver two S-300 batteries within days.");

        assertThat(out.armsTransfers())
                .extracting(ArmsTransferMention::supplier, ArmsTransferMention::recipient)
                .contains(tuple("ROU", "UKR"))
                .doesNotContain(tuple("ROU", "BGR"));
    }

    @Test
    void shouldNotTakeAStateMovedAwayFromAsTheSupplier() {
        Extraction out = read("Italy on Tuesday signed a contract to supply Serbia with air defence systems, a"
                + " further sign of Belgrade's drift away from Moscow.");

        assertThat(out.armsTransfers())
                .extracting(ArmsTransferMention::supplier, ArmsTransferMention::recipient)
                .containsOnly(tuple("ITA", "SRB"));
    }

    @Test
    void shouldNotTakeWhoFliesTheWeaponsAsTheirSupplier() {
        Extraction out = read("Austria halted export permits for drone cameras to Turkey after investigators said"
                + " the cameras were found on drones flown by Azerbaijan.");

        assertThat(out.armsTransfers())
                .extracting(ArmsTransferMention::supplier, ArmsTransferMention::recipient)
                .doesNotContain(tuple("AZE", "TUR"));
    }

    private static Extraction read(String body) {
        Story story = new Story("urn:test:roles", "test-wire", null, "", body, JUN_2022, JUN_2022, "en", null, null);
        return EXTRACTOR.extract(story, KnownSpeakers.NONE);
    }
}
