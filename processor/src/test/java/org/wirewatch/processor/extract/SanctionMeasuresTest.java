package org.wirewatch.processor.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.wirewatch.model.SanctionAction;
import org.wirewatch.model.SanctionMention;
import org.wirewatch.model.Story;
import org.wirewatch.processor.ProcessorApp;

/** Measures that are sanctions by nature though the word is not used, and look-alikes that are not. */
class SanctionMeasuresTest {

    private static final StoryExtractor EXTRACTOR = ProcessorApp.extractor();
    private static final Instant MARCH_2024 = Instant.parse("2024-03-05T10:00:00Z");

    @Test
    void shouldReadAnEntityListAdditionAsASanctionOnTheStateOfTheEntitiesAdded() {
        Extraction out = read("The Commerce Department on Monday added nine Chinese suppliers to its entity list.");

        assertThat(out.sanctions())
                .extracting(SanctionMention::imposer, SanctionMention::target, SanctionMention::action)
                .containsExactly(tuple("USA", "CHN", SanctionAction.IMPOSED));
    }

    @Test
    void shouldReadAnSdnListingAsASanction() {
        Extraction out = read("OFAC put four Belarusian lenders on the SDN list late on Thursday.");

        assertThat(out.sanctions())
                .extracting(SanctionMention::imposer, SanctionMention::target)
                .containsExactly(tuple("USA", "BLR"));
    }

    @Test
    void shouldReadADesignationOfManufacturersAsASanction() {
        Extraction out = read("Canada designated five Iranian drone manufacturers and two of their executives.");

        assertThat(out.sanctions())
                .extracting(SanctionMention::imposer, SanctionMention::target)
                .containsExactly(tuple("CAN", "IRN"));
    }

    @Test
    void shouldReadAPriceCapOnAStatesExportAsASanction() {
        Extraction out = read("Australia joined a price cap on Russian seaborne crude on Wednesday.");

        assertThat(out.sanctions())
                .extracting(SanctionMention::imposer, SanctionMention::target)
                .containsExactly(tuple("AUS", "RUS"));
    }

    @Test
    void shouldTakeTheDestinationOfAnExportBanAsItsTarget() {
        Extraction out = read("Japan imposed an export ban on machine tools to Belarus.");

        assertThat(out.sanctions())
                .extracting(SanctionMention::imposer, SanctionMention::target)
                .containsExactly(tuple("JPN", "BLR"));
    }

    @Test
    void shouldReadANumberedPackageAsASanction() {
        Extraction out = read("The European Union's 12th package bans imports of Russian diamonds.");

        assertThat(out.sanctions())
                .extracting(SanctionMention::imposer, SanctionMention::target)
                .containsExactly(tuple("EU", "RUS"));
    }

    @Test
    void shouldReadRestrictionsImposedOnAStateByAnOrganisationAsASanction() {
        Extraction out =
                read("Analysts said the restrictions imposed on Eritrea by the United Nations hurt its mining.");

        assertThat(out.sanctions())
                .extracting(SanctionMention::imposer, SanctionMention::target)
                .containsExactly(tuple("UN", "ERI"));
    }

    @Test
    void shouldNotTakeANumberedAidPackageForASanction() {
        Extraction out = read("Washington unveiled its 55th package of military aid to Ukraine on Friday.");

        assertThat(out.sanctions()).isEmpty();
    }

    @Test
    void shouldNotTakeADomesticExportBanOrPriceCapForASanction() {
        Extraction out =
                read("Indonesia extended its export ban on palm oil, and Britain lowered its energy price cap.");

        assertThat(out.sanctions()).isEmpty();
    }

    @Test
    void shouldNotTakeDomesticRestrictionsForASanction() {
        Extraction out = read("Lockdown restrictions imposed on residents of three Chinese cities were eased.");

        assertThat(out.sanctions()).isEmpty();
    }

    @Test
    void shouldReadDesignationsPursuedByStatesNamedTogetherAsEachOnesSanction() {
        Extraction out = read("Italy and Spain said they would pursue designations of Belarusian entities involved"
                + " in the smuggling.");

        assertThat(out.sanctions())
                .extracting(SanctionMention::imposer, SanctionMention::target)
                .containsExactlyInAnyOrder(tuple("ITA", "BLR"), tuple("ESP", "BLR"));
    }

    @Test
    void shouldReadADesignationWhoseListedPartiesComeAfterALongName() {
        Extraction out = read("The Treasury on Monday designated Venezuela's National Electoral Council and several"
                + " senior mining officials.");

        assertThat(out.sanctions())
                .extracting(SanctionMention::imposer, SanctionMention::target, SanctionMention::action)
                .containsExactly(tuple("USA", "VEN", SanctionAction.IMPOSED));
    }

    @Test
    void shouldStillNotReadADesignatedPlaceAsASanction() {
        Extraction out =
                read("Peru designated the old harbour of Callao a heritage site for its fishermen and" + " traders.");

        assertThat(out.sanctions()).isEmpty();
    }

    private static Extraction read(String body) {
        Story story =
                new Story("urn:test:measures", "test-wire", null, "", body, MARCH_2024, MARCH_2024, "en", null, null);
        return EXTRACTOR.extract(story, KnownSpeakers.NONE);
    }
}
