package org.wirewatch.processor.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.wirewatch.model.Stance;
import org.wirewatch.model.Statement;
import org.wirewatch.model.Story;
import org.wirewatch.processor.ProcessorApp;

class HomeForeignOfficeTest {

    private static final StoryExtractor EXTRACTOR = ProcessorApp.extractor();
    private static final Instant MAY_2024 = Instant.parse("2024-05-14T10:00:00Z");

    @Test
    void shouldGiveTheBareForeignOfficeToTheStateTheStoryIsFiledFrom() {
        Extraction out = read("NEW DELHI: The Foreign Office on Tuesday rejected claims that India had sent"
                + " artillery shells to Russia, calling them baseless.");

        assertThat(out.statements())
                .extracting(Statement::state, Statement::stance)
                .contains(tuple("IND", Stance.DENY))
                .noneMatch(t -> "GBR".equals(t.toList().get(0)));
    }

    @Test
    void shouldGiveTheBareForeignOfficeToTheStateMostNamedWithoutADateline() {
        Extraction out = read("The Foreign Office said Serbia had never supplied drones to Ukraine, and that Serbia"
                + " keeps to its export rules.");

        assertThat(out.statements())
                .extracting(Statement::state)
                .contains("SRB")
                .doesNotContain("GBR");
    }

    @Test
    void shouldKeepTheForeignOfficeBritishInAStoryAboutBritain() {
        Extraction out = read("LONDON: The Foreign Office said Britain will send more drones to Ukraine this year.");

        assertThat(out.statements())
                .extracting(Statement::state, Statement::stance)
                .contains(tuple("GBR", Stance.PLEDGE));
    }

    private static Extraction read(String body) {
        return EXTRACTOR.extract(
                new Story("urn:test:fo", "test-wire", null, "", body, MAY_2024, MAY_2024, "en", null, null),
                KnownSpeakers.NONE);
    }
}
