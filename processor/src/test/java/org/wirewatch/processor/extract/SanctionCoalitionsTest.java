package org.wirewatch.processor.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.wirewatch.model.SanctionAction;
import org.wirewatch.model.SanctionMention;
import org.wirewatch.model.Story;
import org.wirewatch.processor.ProcessorApp;

/** States that sanction as a group the story named before: "the three countries", "the E3", "the bloc". */
class SanctionCoalitionsTest {

    private static final StoryExtractor EXTRACTOR = ProcessorApp.extractor();
    private static final Instant MARCH_2024 = Instant.parse("2024-03-05T10:00:00Z");

    @Test
    void shouldResolveACountedGroupToTheListTheStoryNamedBefore() {
        Extraction out = read("Canada, Australia and New Zealand accused Myanmar's generals of atrocities.\n\n"
                + "The three countries on Tuesday imposed sanctions on Myanmar's state oil company.");

        assertThat(out.sanctions())
                .extracting(SanctionMention::imposer, SanctionMention::target, SanctionMention::action)
                .containsExactlyInAnyOrder(
                        tuple("CAN", "MMR", SanctionAction.IMPOSED),
                        tuple("AUS", "MMR", SanctionAction.IMPOSED),
                        tuple("NZL", "MMR", SanctionAction.IMPOSED));
    }

    @Test
    void shouldReadTheMeasuresAnnouncedByTheGroupAsTheirSanctions() {
        Extraction out = read("Norway and Iceland on Monday froze the assets of a Belarusian potash exporter.\n\n"
                + "The measures, announced by the two countries in Oslo, also hit Belarusian state banks.");

        assertThat(out.sanctions())
                .extracting(SanctionMention::imposer, SanctionMention::target)
                .containsOnly(tuple("NOR", "BLR"), tuple("ISL", "BLR"));
        assertThat(out.sanctions())
                .extracting(m -> m.evidence().sentence())
                .anyMatch(sentence -> sentence.startsWith("The measures"));
    }

    @Test
    void shouldNotTakeTheMeasuresWithoutTheirAgentForANewSanction() {
        Extraction out = read("Norway and Iceland on Monday froze the assets of a Belarusian potash exporter.\n\n"
                + "Officials in Oslo said the measures would be widened next year.");

        assertThat(out.sanctions())
                .extracting(m -> m.evidence().sentence())
                .noneMatch(sentence -> sentence.startsWith("Officials"));
    }

    @Test
    void shouldReadTheE3AsBritainFranceAndGermany() {
        Extraction out = read("The E3 froze the assets of three Iranian shipping firms.");

        assertThat(out.sanctions()).extracting(SanctionMention::imposer).containsExactlyInAnyOrder("GBR", "FRA", "DEU");
    }

    @Test
    void shouldReadTheBlocAsTheEuropeanUnionInAStoryAboutIt() {
        Extraction out = read("European Union ministers met on Monday.\n\n"
                + "The 27-nation bloc imposed a travel ban on six Nicaraguan officials.");

        assertThat(out.sanctions())
                .extracting(SanctionMention::imposer, SanctionMention::target)
                .containsExactly(tuple("EU", "NIC"));
    }

    @Test
    void shouldNotReadTheBlocAsTheEuropeanUnionInAStoryThatDoesNotNameIt() {
        Extraction out =
                read("ECOWAS leaders met in Abuja.\n\n" + "The bloc imposed a travel ban on six Nigerien officials.");

        assertThat(out.sanctions()).extracting(SanctionMention::imposer).doesNotContain("EU");
    }

    private static Extraction read(String body) {
        Story story =
                new Story("urn:test:groups", "test-wire", null, "", body, MARCH_2024, MARCH_2024, "en", null, null);
        return EXTRACTOR.extract(story, KnownSpeakers.NONE);
    }
}
