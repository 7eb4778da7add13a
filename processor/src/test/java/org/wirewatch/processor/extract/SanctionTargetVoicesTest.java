package org.wirewatch.processor.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.wirewatch.model.SanctionAction;
import org.wirewatch.model.SanctionMention;
import org.wirewatch.model.Stance;
import org.wirewatch.model.Statement;
import org.wirewatch.model.Story;
import org.wirewatch.processor.ProcessorApp;

/** How targets, third states and rumours speak of sanctions in other writers' words. */
class SanctionTargetVoicesTest {

    private static final StoryExtractor EXTRACTOR = ProcessorApp.extractor();
    private static final Instant MAY_2022 = Instant.parse("2022-05-10T09:00:00Z");

    @Test
    void shouldReadCoerciveMeasuresAsTheTargetsNameForSanctions() {
        Extraction out = read("Cuba's foreign ministry on Monday rejected the unilateral coercive measures"
                + " adopted by Washington against Cuban shipping firms.");

        assertThat(out.sanctions())
                .extracting(SanctionMention::imposer, SanctionMention::target, SanctionMention::action)
                .containsExactly(tuple("USA", "CUB", SanctionAction.IMPOSED));
        assertThat(out.statements())
                .extracting(Statement::state, s -> s.topic().line(), Statement::stance)
                .containsExactly(tuple("CUB", "SANCTIONS:USA>CUB", Stance.CONDEMN));
    }

    @Test
    void shouldHearAThirdStateDenouncingTheImposersMeasuresOnTheStorysTarget() {
        Extraction out = read("Washington on Friday imposed sanctions on Syria's central bank. Russian Foreign"
                + " Minister Sergei Lavrov said it was one more case of illegitimate coercive measures by the"
                + " United States.");

        assertThat(out.sanctions())
                .extracting(SanctionMention::imposer, SanctionMention::target)
                .containsOnly(tuple("USA", "SYR"));
        assertThat(out.statements())
                .extracting(Statement::state, s -> s.topic().line(), Statement::stance)
                .contains(tuple("RUS", "SANCTIONS:USA>SYR", Stance.CONDEMN));
    }

    @Test
    void shouldHearAThirdStateCondemningInTheSentenceThatNamesTheSanction() {
        Extraction out = read("Chinese Foreign Minister Wang Yi said the new US sanctions on Venezuela were"
                + " illegal and would only hurt ordinary people.");

        assertThat(out.statements())
                .extracting(Statement::state, s -> s.topic().line(), Statement::stance)
                .contains(tuple("CHN", "SANCTIONS:USA>VEN", Stance.CONDEMN));
    }

    @Test
    void shouldNotReadANameInAnAppositionOnTheMeasureAsItsTarget() {
        Extraction out = read("Rights groups asked the European Union to impose an arms embargo, a step"
                + " analysts call unlikely given the trade interests of France and Italy.");

        assertThat(out.sanctions()).extracting(SanctionMention::target).doesNotContain("FRA", "ITA");
    }

    @Test
    void shouldNotTakeARumouredDeliberationAsTheStatesOwnLine() {
        Extraction out = read("There are reports that Britain is considering further measures against"
                + " Belarusian potash exporters.");

        assertThat(out.sanctions())
                .extracting(SanctionMention::imposer, SanctionMention::target, SanctionMention::action)
                .containsExactly(tuple("GBR", "BLR", SanctionAction.CONSIDERED));
        assertThat(out.statements()).isEmpty();
    }

    @Test
    void shouldReadAVisaBanOnAStatesOfficialsAsASanctionOnIt() {
        Extraction out = read("Canada on Tuesday imposed visa bans on twelve Belarusian officials.");

        assertThat(out.sanctions())
                .extracting(SanctionMention::imposer, SanctionMention::target, SanctionMention::action)
                .containsExactly(tuple("CAN", "BLR", SanctionAction.IMPOSED));
    }

    @Test
    void shouldReadAStatePreparedToImposeSanctionsAsThreateningThem() {
        Extraction out = read("Japan is prepared to impose further sanctions on Myanmar should the junta"
                + " execute more activists.");

        assertThat(out.sanctions())
                .extracting(SanctionMention::imposer, SanctionMention::target, SanctionMention::action)
                .containsExactly(tuple("JPN", "MMR", SanctionAction.THREATENED));
    }

    @Test
    void shouldReadAParticipleAfterTheActAsGoingOnWithTheSameSanction() {
        Extraction out = read("London sanctioned forty Belarusian officials and their families, freezing any"
                + " British assets and barring them from travel.");

        assertThat(out.sanctions())
                .extracting(SanctionMention::imposer, SanctionMention::target, SanctionMention::action)
                .containsExactly(tuple("GBR", "BLR", SanctionAction.IMPOSED));
    }

    private static Extraction read(String body) {
        Story story = new Story("urn:test:voices", "test-wire", null, "", body, MAY_2022, MAY_2022, "en", null, null);
        return EXTRACTOR.extract(story, KnownSpeakers.NONE);
    }
}
