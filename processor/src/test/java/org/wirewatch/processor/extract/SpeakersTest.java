package org.wirewatch.processor.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.wirewatch.model.Affiliation;
import org.wirewatch.model.Story;
import org.wirewatch.processor.lexicon.Official;
import org.wirewatch.processor.lexicon.Officials;
import org.wirewatch.processor.lexicon.Rank;
import org.wirewatch.processor.lexicon.StateNames;
import org.wirewatch.processor.text.Sentence;

class SpeakersTest {

    private static final Instant OCT_2022 = Instant.parse("2022-10-17T08:00:00Z");
    private static final StateNames STATES = StateNames.standard();
    private static final Officials PESKOV = Officials.of(List.of(new Official(
            "RUS",
            "Dmitry Peskov",
            "Kremlin spokesman",
            Rank.SPOKESPERSON,
            Instant.parse("2012-05-01T00:00:00Z"),
            null)));

    private final Speakers speakers = new Speakers(PESKOV, KnownSpeakers.NONE, storyAt(OCT_2022), null);

    @Test
    void shouldLearnAnAffiliationFromATitleAndResolveTheSurnameLater() {
        Optional<Speaker> first = resolve("Iran's foreign ministry spokesman Nasser Kanaani denied the reports.");
        Optional<Speaker> later = resolve("Kanaani added that Tehran had not supplied drones to Russia.");

        assertThat(first).contains(new Speaker("Nasser Kanaani", "IRN", Rank.SPOKESPERSON));
        assertThat(later).map(Speaker::state).contains("IRN");
    }

    @Test
    void shouldTieAnEnvoyToTheStateHeServesNotTheOneInHisTitle() {
        Optional<Speaker> speaker = resolve("US Special Envoy for Iran Robert Malley said Iran was preparing drones.");

        assertThat(speaker).contains(new Speaker("Robert Malley", "USA", Rank.ENVOY));
    }

    @Test
    void shouldLearnAnAppositionAfterTheName() {
        resolve("Nasser Kanaani, Iran's foreign ministry spokesman, spoke on Monday.");

        assertThat(resolve("Kanaani said the claims were baseless."))
                .map(Speaker::state)
                .contains("IRN");
    }

    @Test
    void shouldResolveDictionaryOfficialsAndPronounsToTheLastSpeaker() {
        Optional<Speaker> named = resolve("Peskov told reporters that Moscow had no comment.");
        Optional<Speaker> pronoun = resolve("He said Russia needed no foreign drones.");

        assertThat(named).map(Speaker::state).contains("RUS");
        assertThat(pronoun).map(Speaker::name).contains("Dmitry Peskov");
    }

    @Test
    void shouldNotTreatAnOfficialOutOfOfficeAsSpeakingForTheState() {
        Speakers in2010 =
                new Speakers(PESKOV, KnownSpeakers.NONE, storyAt(Instant.parse("2010-01-01T00:00:00Z")), null);

        Optional<Speaker> speaker = in2010.resolve(reading("Peskov told reporters that Moscow had no comment."));

        assertThat(speaker).map(Speaker::name).isEmpty();
    }

    @Test
    void shouldRecallASpeakerAnEarlierStoryTaughtAndReportWhatThisStoryTaught() {
        KnownSpeakers earlier = name -> name.equals("Kanaani")
                ? Optional.of(new Affiliation("Nasser Kanaani", "IRN", "spokesman", "urn:old", OCT_2022))
                : Optional.empty();
        Speakers reading = new Speakers(PESKOV, earlier, storyAt(OCT_2022), null);

        Optional<Speaker> recalled = reading.resolve(reading("Kanaani said the drones were never sent to Russia."));
        reading.resolve(reading("Ukraine's foreign minister Dmytro Kuleba rejected that."));

        assertThat(recalled).map(Speaker::state).contains("IRN");
        assertThat(reading.learned())
                .extracting(Affiliation::name, Affiliation::state, Affiliation::title)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Dmytro Kuleba", "UKR", "foreign minister"));
    }

    @Test
    void shouldResolveAMinistryNamedByRoleToTheStateThatIntroducedIt() {
        resolve("Iran's foreign ministry rejected the accusations on Monday.");
        resolve("Kyiv says the drones keep coming.");

        Optional<Speaker> later = resolve("The ministry said in a statement that the reports were baseless.");

        assertThat(later).map(Speaker::state).contains("IRN");
    }

    @Test
    void shouldPreferTheVoiceIntroducedWithTheSameRole() {
        resolve("A U.S. official said on Monday that the shells had been shipped.");
        resolve("South Korea's defence ministry said it was watching closely.");

        assertThat(resolve("The official told reporters the deliveries were continuing."))
                .map(Speaker::state)
                .contains("USA");
        assertThat(resolve("The ministry added that it had no further details."))
                .map(Speaker::state)
                .contains("KOR");
    }

    @Test
    void shouldNotTakeARoleNamedWithItsStateForAnAnaphor() {
        resolve("Iran's foreign ministry rejected the accusations on Monday.");

        assertThat(resolve("The Ukrainian foreign ministry said the claims were true."))
                .map(Speaker::state)
                .contains("UKR");
    }

    @Test
    void shouldGiveARoleWithNoEarlierVoiceToTheHostState() {
        Speakers filedInBerlin = new Speakers(PESKOV, KnownSpeakers.NONE, storyAt(OCT_2022), "DEU");

        assertThat(filedInBerlin.resolve(reading("The spokesman said no decision had been taken.")))
                .map(Speaker::state)
                .contains("DEU");
        assertThat(speakers.resolve(reading("A senior official said no decision had been taken.")))
                .isEmpty();
    }

    private static Story storyAt(Instant time) {
        return new Story("urn:test:speakers", "test", null, "", "body", time, time, "en", null, null);
    }

    private Optional<Speaker> resolve(String text) {
        return speakers.resolve(reading(text));
    }

    private static SentenceReading reading(String text) {
        return SentenceReading.unread(new Sentence(text, 0, text.length()), STATES.find(text));
    }
}
