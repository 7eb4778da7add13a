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

/** A target answering sanctions in kind: its counter-measures are sanctions of its own, roles swapped. */
class SanctionCounterMeasuresTest {

    private static final StoryExtractor EXTRACTOR = ProcessorApp.extractor();
    private static final Instant JUNE_2023 = Instant.parse("2023-06-12T08:00:00Z");

    @Test
    void shouldReadARetaliatingStatesSanctionsAsItsOwnNotAsCondemnation() {
        Extraction out = read("Moscow said on Friday it had imposed sanctions on several Canadian lawmakers"
                + " in retaliation for Ottawa's measures over the war.");

        assertThat(out.sanctions())
                .extracting(SanctionMention::imposer, SanctionMention::target, SanctionMention::action)
                .contains(tuple("RUS", "CAN", SanctionAction.IMPOSED));
        assertThat(out.statements())
                .extracting(Statement::state, s -> s.topic().line(), Statement::stance)
                .contains(tuple("RUS", "SANCTIONS:RUS>CAN", Stance.IMPOSE));
    }

    @Test
    void shouldTakeTheImposerOfTheAnsweredSanctionsAsTheTargetOfUnnamedCounterSanctions() {
        Extraction out = read("Australia imposed sanctions on Russian officials on Monday."
                + " \"In response, Russia has decided to take countermeasures,\" Russian Foreign Ministry"
                + " spokeswoman Maria Zakharova said.");

        assertThat(out.sanctions())
                .extracting(SanctionMention::imposer, SanctionMention::target, SanctionMention::action)
                .contains(tuple("AUS", "RUS", SanctionAction.IMPOSED), tuple("RUS", "AUS", SanctionAction.IMPOSED));
    }

    @Test
    void shouldReadAVowOfCounterMeasuresAsAThreatBesideTheCondemnation() {
        Extraction out = read("Japan imposed sanctions on Russian banks on Tuesday. Moscow said the"
                + " sanctions were illegal and that Russia would take firm countermeasures.");

        assertThat(out.sanctions())
                .extracting(SanctionMention::imposer, SanctionMention::target, SanctionMention::action)
                .contains(tuple("RUS", "JPN", SanctionAction.THREATENED));
        assertThat(out.statements())
                .extracting(Statement::state, s -> s.topic().line(), Statement::stance)
                .contains(
                        tuple("RUS", "SANCTIONS:RUS>JPN", Stance.THREATEN),
                        tuple("RUS", "SANCTIONS:JPN>RUS", Stance.CONDEMN));
    }

    @Test
    void shouldNotReadCounterMeasuresAsSanctionsInAStoryWithoutSanctions() {
        Extraction out = read("Brussels said it was ready to adopt countermeasures if talks with Washington"
                + " on steel tariffs failed.");

        assertThat(out.sanctions()).isEmpty();
    }

    @Test
    void shouldReadTheSanctionsAStateRetaliatesForAsImposedOnIt() {
        Extraction out = read("Belarus said it was expelling two Lithuanian diplomats, in retaliation for"
                + " sanctions imposed by Vilnius on its potash trade.");

        assertThat(out.sanctions())
                .extracting(SanctionMention::imposer, SanctionMention::target, SanctionMention::action)
                .containsExactly(tuple("LTU", "BLR", SanctionAction.IMPOSED));
    }

    @Test
    void shouldReadAPromiseToRetaliateAgainstAnotherStatesSanctionsAsTheAnswerersThreat() {
        Extraction out = read("Canada on Tuesday sanctioned four Venezuelan prison officials. Caracas said it"
                + " would retaliate against any new Canadian sanctions.");

        assertThat(out.sanctions())
                .extracting(SanctionMention::imposer, SanctionMention::target, SanctionMention::action)
                .contains(tuple("VEN", "CAN", SanctionAction.THREATENED))
                .doesNotContain(tuple("CAN", "VEN", SanctionAction.THREATENED));
        assertThat(out.statements())
                .extracting(Statement::state, s -> s.topic().line(), Statement::stance)
                .contains(tuple("VEN", "SANCTIONS:VEN>CAN", Stance.THREATEN));
    }

    private static Extraction read(String body) {
        Story story =
                new Story("urn:test:counter", "test-wire", null, "", body, JUNE_2023, JUNE_2023, "en", null, null);
        return EXTRACTOR.extract(story, KnownSpeakers.NONE);
    }
}
