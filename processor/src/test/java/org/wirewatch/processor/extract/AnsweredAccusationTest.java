package org.wirewatch.processor.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.wirewatch.model.Stance;
import org.wirewatch.model.Statement;
import org.wirewatch.model.Story;
import org.wirewatch.processor.ProcessorApp;

/** "X is not supplying …" reads by what it answers: an accusation is denied, a request refused. */
class AnsweredAccusationTest {

    private static final StoryExtractor EXTRACTOR = ProcessorApp.extractor();
    private static final Instant JUNE_2023 = Instant.parse("2023-06-05T07:00:00Z");

    @Test
    void shouldReadASupplyNotGoingOnSaidAfterAnAccusationAsADenial() {
        Extraction out = read(
                "Hungarian media accused Bulgaria of shipping shells to Ukraine through Romania."
                        + " \"Bulgaria is not supplying any shells to Ukraine,\" Bulgarian Defence Minister Todor Tagarev said.");

        assertThat(out.statements())
                .extracting(Statement::state, Statement::stance)
                .contains(tuple("BGR", Stance.DENY))
                .doesNotContain(tuple("BGR", Stance.REFUSE));
    }

    @Test
    void shouldReadASupplyNotGoingOnSaidAfterARejectedReportAsADenial() {
        Extraction out = read("Sofia on Monday rejected reports that Bulgaria was sending tanks to Ukraine."
                + " \"We are not sending tanks to Ukraine,\" Bulgarian Defence Minister Todor Tagarev said.");

        assertThat(out.statements())
                .extracting(Statement::state, Statement::stance)
                .containsOnly(tuple("BGR", Stance.DENY));
    }

    @Test
    void shouldStillReadASupplyNotGoingOnSaidAfterARequestAsARefusal() {
        Extraction out = read("Kyiv has asked Sofia for more tanks. \"We are not sending tanks to Ukraine,\" Bulgarian"
                + " Defence Minister Todor Tagarev said.");

        assertThat(out.statements())
                .extracting(Statement::state, Statement::stance)
                .containsOnly(tuple("BGR", Stance.REFUSE));
    }

    @Test
    void shouldStillReadARefusalForTheFutureAfterAnAccusationAsARefusal() {
        Extraction out = read("Sofia rejected reports that Bulgaria was sending tanks to Ukraine. \"We are not sending"
                + " tanks to Ukraine and we will not send any,\" Bulgarian Defence Minister Todor Tagarev said.");

        assertThat(out.statements())
                .extracting(Statement::state, Statement::stance)
                .contains(tuple("BGR", Stance.REFUSE));
    }

    @Test
    void shouldNotReadAHaltOthersPressForAsTheStatesRefusal() {
        Extraction out = read("Beijing on Tuesday rejected reports that China has sold drones to Sudan, as pressure"
                + " mounts on Sudan's neighbours to stop the flow of arms into the country.");

        assertThat(out.statements())
                .extracting(Statement::state, Statement::stance)
                .containsOnly(tuple("CHN", Stance.DENY));
    }

    private static Extraction read(String body) {
        Story story = new Story("urn:test:answer", "test-wire", null, "", body, JUNE_2023, JUNE_2023, "en", null, null);
        return EXTRACTOR.extract(story, KnownSpeakers.NONE);
    }
}
