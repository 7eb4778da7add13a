package org.wirewatch.processor.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.wirewatch.model.AlignmentTopic;
import org.wirewatch.model.Stance;
import org.wirewatch.model.Statement;
import org.wirewatch.model.Story;
import org.wirewatch.processor.ProcessorApp;

/** A state vowing to back another in a war other than Ukraine's takes that state's side. */
class SideInAnotherWarTest {

    private static final StoryExtractor EXTRACTOR = ProcessorApp.extractor();
    private static final Instant OCT_2020 = Instant.parse("2020-10-05T10:00:00Z");

    @Test
    void shouldReadStandingByAWarringStateAsSupport() {
        Extraction out = read("Drones struck positions near the border overnight. Pakistan's prime minister said"
                + " Pakistan would stand by its old friend Azerbaijan in the conflict with all its means.");

        assertThat(out.statements())
                .extracting(Statement::state, Statement::topic, Statement::stance)
                .contains(tuple("PAK", new AlignmentTopic("AZE"), Stance.SUPPORT));
    }

    @Test
    void shouldReadSupportForAWarringStateInItsStruggleAsSupport() {
        Extraction out = read("Drones struck positions near the border overnight. The Greek foreign minister said"
                + " Greece supports Armenia in its struggle to defend its territory.");

        assertThat(out.statements())
                .extracting(Statement::state, Statement::topic, Statement::stance)
                .contains(tuple("GRC", new AlignmentTopic("ARM"), Stance.SUPPORT));
    }

    @Test
    void shouldNotReadSupportDeniedOrWithoutAFightAsASide() {
        Extraction out = read("Drones struck positions near the border overnight. The Greek foreign minister said"
                + " Greece does not support Armenia in the conflict, and that Greece backs Armenia's tourism plans.");

        assertThat(out.statements()).noneMatch(s -> s.topic() instanceof AlignmentTopic);
    }

    private static Extraction read(String body) {
        return EXTRACTOR.extract(
                new Story("urn:test:side", "test-wire", null, "", body, OCT_2020, OCT_2020, "en", null, null),
                KnownSpeakers.NONE);
    }
}
