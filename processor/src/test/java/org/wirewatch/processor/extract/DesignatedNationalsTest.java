package org.wirewatch.processor.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.wirewatch.model.SanctionAction;
import org.wirewatch.model.SanctionMention;
import org.wirewatch.model.Story;
import org.wirewatch.processor.ProcessorApp;

/** A designation of a state's people or bodies by any noun is a sanction on that state. */
class DesignatedNationalsTest {

    private static final StoryExtractor EXTRACTOR = ProcessorApp.extractor();
    private static final Instant MAY_2023 = Instant.parse("2023-05-11T09:00:00Z");

    @Test
    void shouldReadADesignationOfNationalsNamedByAnyNounAsASanctionOnTheirState() {
        Extraction out = read("Canada on Thursday designated three Belarusian prison wardens over the abuse of"
                + " detained protesters.");

        assertThat(out.sanctions())
                .extracting(SanctionMention::imposer, SanctionMention::target, SanctionMention::action)
                .containsExactly(tuple("CAN", "BLR", SanctionAction.IMPOSED));
    }

    @Test
    void shouldReadADesignationOfAStatesBodyNamedWithItsPossessiveAsASanctionOnIt() {
        Extraction out = read("Australia designated Cambodia's port authority and its deputy head.");

        assertThat(out.sanctions())
                .extracting(SanctionMention::imposer, SanctionMention::target)
                .containsExactly(tuple("AUS", "KHM"));
    }

    @Test
    void shouldNotReadADesignationOfPlacesOrRolesAsASanction() {
        Extraction out = read("Kenya designated two Ugandan border towns as trade hubs, and Ghana designated a"
                + " Nigerian diplomat as its liaison.");

        assertThat(out.sanctions()).isEmpty();
    }

    @Test
    void shouldNotReadADesignationWhoseStateComesAfterAPrepositionAsASanction() {
        Extraction out = read("Chile designated a new envoy to Peru on Monday.");

        assertThat(out.sanctions()).isEmpty();
    }

    private static Extraction read(String body) {
        Story story =
                new Story("urn:test:designated", "test-wire", null, "", body, MAY_2023, MAY_2023, "en", null, null);
        return EXTRACTOR.extract(story, KnownSpeakers.NONE);
    }
}
