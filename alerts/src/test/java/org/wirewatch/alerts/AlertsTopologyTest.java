package org.wirewatch.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyDescription;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wirewatch.alerts.stance.SpeakerStandings;
import org.wirewatch.model.ArmsTransferTopic;
import org.wirewatch.model.Evidence;
import org.wirewatch.model.Severity;
import org.wirewatch.model.Stance;
import org.wirewatch.model.StanceShiftAlert;
import org.wirewatch.model.Statement;
import org.wirewatch.model.WeaponCategory;
import org.wirewatch.model.topics.PipelineStage;
import org.wirewatch.model.topics.TopicSpec;

class AlertsTopologyTest {

    private static final Instant T0 = Instant.parse("2022-07-20T08:00:00Z");

    @TempDir
    Path stateDir;

    private AlertsDriver driver;
    private TestOutputTopic<String, StanceShiftAlert> alerts;

    @BeforeEach
    void startDriver() {
        driver = new AlertsDriver(stateDir, T0);
        alerts = driver.stanceShifts;
    }

    @AfterEach
    void closeDriver() {
        driver.close();
    }

    @Test
    void shouldSetBaselineWithoutAlert() {
        send(iran(Stance.DENY, WeaponCategory.UAV, "deny-1", 0));

        assertThat(alerts.isEmpty()).isTrue();
    }

    @Test
    void shouldAlertOnceWhenDenialTurnsIntoNonDenialWithEvidenceOfBothSides() {
        // Given an established denial
        send(iran(Stance.DENY, WeaponCategory.UAV, "deny-1", 0));

        // When Iran declines to deny, and 3 outlets syndicate the same line
        send(iran(Stance.NON_DENIAL, WeaponCategory.UAV, "nondenial-1", 24));
        send(iran(Stance.NON_DENIAL, WeaponCategory.UAV, "nondenial-2", 25));
        send(iran(Stance.NON_DENIAL, WeaponCategory.UAV, "nondenial-3", 26));

        // Then exactly one alert, DENY → NON_DENIAL, carrying both sides' stories
        List<StanceShiftAlert> out = alerts.readValuesToList();
        assertThat(out).hasSize(1);
        StanceShiftAlert alert = out.get(0);
        assertThat(alert.state()).isEqualTo("IRN");
        assertThat(alert.from().stance()).isEqualTo(Stance.DENY);
        assertThat(alert.from().since()).isEqualTo(T0);
        assertThat(alert.from().evidence()).extracting("storyId").containsExactly("deny-1");
        assertThat(alert.to().stance()).isEqualTo(Stance.NON_DENIAL);
        assertThat(alert.to().evidence()).extracting("storyId").containsExactly("nondenial-1");
        assertThat(alert.magnitude()).isEqualTo(1);
        assertThat(alert.severity()).isEqualTo(Severity.MEDIUM);
    }

    @Test
    void shouldNotAlertOnRepeatedStance() {
        send(iran(Stance.DENY, WeaponCategory.UAV, "deny-1", 0));
        send(iran(Stance.REFUSE, WeaponCategory.UAV, "refuse-1", 2));
        send(iran(Stance.DENY, WeaponCategory.UAV, "deny-1", 0));

        assertThat(alerts.isEmpty()).isTrue();
    }

    @Test
    void shouldAlertTwoStepsFromDenialToAcknowledgement() {
        send(iran(Stance.DENY, WeaponCategory.UAV, "deny-1", 0));
        send(iran(Stance.ACKNOWLEDGE, WeaponCategory.UAV, "admit-1", 48));

        StanceShiftAlert alert = alerts.readValue();
        assertThat(alert.magnitude()).isEqualTo(2);
        assertThat(alert.severity()).isEqualTo(Severity.HIGH);
    }

    @Test
    void shouldCompareCategoryStatementWithGeneralStanceWhenCategoryIsNew() {
        // "we send no weapons" then "we sent drones" is a shift
        send(iran(Stance.DENY, WeaponCategory.UNSPECIFIED, "deny-all", 0));
        send(iran(Stance.ACKNOWLEDGE, WeaponCategory.UAV, "admit-drones", 10));

        assertThat(alerts.readValuesToList()).hasSize(1);
    }

    @Test
    void shouldNotCompareDifferentCategories() {
        // "tanks: yes" then "jets: no" is no shift
        send(germany(Stance.PLEDGE, WeaponCategory.ARMORED_VEHICLE, "tanks-yes", 0));
        send(germany(Stance.REFUSE, WeaponCategory.AIRCRAFT, "jets-no", 5));

        assertThat(alerts.isEmpty()).isTrue();
    }

    @Test
    void shouldNotLetBackgroundStatementMoveTheLine() {
        send(iran(Stance.NON_DENIAL, WeaponCategory.UAV, "nondenial-1", 0));
        send(iran(Stance.DENY, WeaponCategory.UAV, "recap-1", 5).asBackground());

        assertThat(alerts.isEmpty()).isTrue();
    }

    @Test
    void shouldLetBackgroundStatementSetTheBaseline() {
        // Given a story that recalls "Tehran had earlier denied …" and reports a non-denial
        send(iran(Stance.DENY, WeaponCategory.UAV, "story-1", 0).asBackground());
        send(iran(Stance.NON_DENIAL, WeaponCategory.UAV, "story-1", 0));

        assertThat(alerts.readValue().from().stance()).isEqualTo(Stance.DENY);
    }

    @Test
    void shouldKeepTheLineAStoryOpensWithAgainstItsOwnLaterDetail() {
        // Given a denial, then a story whose lead admits and whose later quote denies part of it
        send(iran(Stance.DENY, WeaponCategory.UAV, "deny-1", 0));
        send(iran(Stance.ACKNOWLEDGE, WeaponCategory.UAV, "admit-1", 48));
        send(iran(Stance.DENY, WeaponCategory.UAV, "admit-1", 48));

        // Then the story raises one alert, to its lead's acknowledgement
        assertThat(alerts.readValuesToList()).extracting(a -> a.to().stance()).containsExactly(Stance.ACKNOWLEDGE);
    }

    @Test
    void shouldNotLetAnOlderStatementArrivingLateMoveTheLineBack() {
        // Given the line moved from denial to acknowledgement on day 20
        send(iran(Stance.DENY, WeaponCategory.UAV, "deny-1", 0));
        send(iran(Stance.ACKNOWLEDGE, WeaponCategory.UAV, "admit-1", 480));

        // When a copy of a day-7 non-denial arrives after that
        send(iran(Stance.NON_DENIAL, WeaponCategory.UAV, "nondenial-late", 168));

        // Then the only alert is the one the admission raised
        assertThat(alerts.readValuesToList()).extracting(a -> a.to().stance()).containsExactly(Stance.ACKNOWLEDGE);
    }

    @Test
    void shouldPlaceALateDenialBeforeTheAdmissionItPrecededAndAlertTheShift() {
        // Given an admission seen first: a baseline
        send(iran(Stance.ACKNOWLEDGE, WeaponCategory.UAV, "admit-1", 30));
        assertThat(alerts.isEmpty()).isTrue();

        // When the denial published a day earlier arrives after it, within the grace period
        send(iran(Stance.DENY, WeaponCategory.UAV, "deny-1", 6));

        // Then the line reads denial → admission, and the admission alerts with its own time
        StanceShiftAlert alert = alerts.readValue();
        assertThat(alert.from().stance()).isEqualTo(Stance.DENY);
        assertThat(alert.to().stance()).isEqualTo(Stance.ACKNOWLEDGE);
        assertThat(alert.to().at()).isEqualTo(T0.plus(Duration.ofHours(30)));
        assertThat(alerts.isEmpty()).isTrue();
    }

    @Test
    void shouldAlertTheShiftALateStoryRevealsButNeverTheSameStoryTwice() {
        // Given denial → admission, alerted
        send(iran(Stance.DENY, WeaponCategory.UAV, "deny-1", 0));
        send(iran(Stance.ACKNOWLEDGE, WeaponCategory.UAV, "admit-1", 30));
        assertThat(alerts.readValuesToList()).hasSize(1);

        // When a non-denial published between them arrives late, within the grace period
        send(iran(Stance.NON_DENIAL, WeaponCategory.UAV, "nondenial-1", 12));

        // Then it alerts the move it made, and the admission is not alerted again
        List<StanceShiftAlert> late = alerts.readValuesToList();
        assertThat(late).hasSize(1);
        assertThat(late.get(0).from().stance()).isEqualTo(Stance.DENY);
        assertThat(late.get(0).to().stance()).isEqualTo(Stance.NON_DENIAL);
        assertThat(late.get(0).to().evidence()).extracting("storyId").containsExactly("nondenial-1");
    }

    @Test
    void shouldNotAlertForASyndicatedCopyOfTheOldLineArrivingLate() {
        // Given denial → non-denial, alerted
        send(iran(Stance.DENY, WeaponCategory.UAV, "deny-1", 0));
        send(iran(Stance.NON_DENIAL, WeaponCategory.UAV, "nondenial-1", 24));
        alerts.readValuesToList();

        // When another outlet's copy of the denial, published an hour after it, arrives now
        send(iran(Stance.DENY, WeaponCategory.UAV, "deny-1-copy", 1));

        // Then nothing new: the copy is more evidence of the old line
        assertThat(alerts.isEmpty()).isTrue();
    }

    @Test
    void shouldAlertOnceWhenSyndicatedCopiesOfTheNewLineArriveOutOfOrder() {
        // Given a denial
        send(iran(Stance.DENY, WeaponCategory.UAV, "deny-1", 0));

        // When three outlets' copies of the non-denial arrive, the latest-published first
        send(iran(Stance.NON_DENIAL, WeaponCategory.UAV, "nondenial-copy-3", 27));
        send(iran(Stance.NON_DENIAL, WeaponCategory.UAV, "nondenial-copy-2", 26));
        send(iran(Stance.NON_DENIAL, WeaponCategory.UAV, "nondenial-1", 24));

        // Then one alert: the same move told by another outlet is the same news
        assertThat(alerts.readValuesToList()).hasSize(1);
    }

    @Test
    void shouldAlertEachTurnOfALineThatFlipsBackAndForthInTheSameWords() {
        // Given the same two statements, word for word, alternating every two days
        for (int turn = 0; turn < 5; turn++) {
            Stance stance = turn % 2 == 0 ? Stance.DENY : Stance.NON_DENIAL;
            send(iran(stance, WeaponCategory.UAV, "turn-" + turn, turn * 48));
        }

        // Then every turn after the baseline is a shift
        assertThat(alerts.readValuesToList()).hasSize(4);
    }

    @Test
    void shouldHonourAConfiguredGracePeriod() {
        // Given a one-hour grace period and an admission as baseline
        driver.close();
        driver = new AlertsDriver(
                stateDir, AlertsConfig.defaults(SpeakerStandings.unknown()).withGrace(Duration.ofHours(1)), T0);
        alerts = driver.stanceShifts;
        send(iran(Stance.ACKNOWLEDGE, WeaponCategory.UAV, "admit-1", 30));

        // When a denial published a day earlier arrives
        send(iran(Stance.DENY, WeaponCategory.UAV, "deny-1", 6));

        // Then it is too late to be placed: no alert
        assertThat(alerts.isEmpty()).isTrue();
    }

    @Test
    void shouldGiveTheSameAlertIdOnReplay() {
        send(iran(Stance.DENY, WeaponCategory.UAV, "deny-1", 0));
        send(iran(Stance.NON_DENIAL, WeaponCategory.UAV, "nondenial-1", 24));
        String first = alerts.readValue().alertId();
        driver.close();

        startDriver();
        send(iran(Stance.DENY, WeaponCategory.UAV, "deny-1", 0));
        send(iran(Stance.NON_DENIAL, WeaponCategory.UAV, "nondenial-1", 24));

        assertThat(alerts.readValue().alertId()).isEqualTo(first);
    }

    @Test
    void shouldReadThroughItsGroupExactlyTheInputsItsPipelineStageDeclares() {
        // /api/pipeline reports the alerts service's lag over PipelineStage.ALERTS's inputs;
        // its own repartition topics are internal
        Set<String> sources =
                AlertsTopology.build(AlertsConfig.defaults(SpeakerStandings.unknown()))
                        .describe()
                        .subtopologies()
                        .stream()
                        .flatMap(subtopology -> subtopology.nodes().stream())
                        .filter(TopologyDescription.Source.class::isInstance)
                        .flatMap(source -> ((TopologyDescription.Source) source).topicSet().stream())
                        .filter(topic -> !topic.endsWith("-repartition"))
                        .collect(Collectors.toSet());

        assertThat(sources)
                .containsExactlyInAnyOrderElementsOf(PipelineStage.ALERTS.inputs().stream()
                        .map(TopicSpec::name)
                        .toList());
    }

    private void send(Statement statement) {
        driver.send(statement);
    }

    private static Statement iran(Stance stance, WeaponCategory category, String storyId, int hours) {
        return statement("IRN", new ArmsTransferTopic("IRN", "RUS", category), stance, storyId, hours);
    }

    private static Statement germany(Stance stance, WeaponCategory category, String storyId, int hours) {
        return statement("DEU", new ArmsTransferTopic("DEU", "UKR", category), stance, storyId, hours);
    }

    private static Statement statement(
            String state, ArmsTransferTopic topic, Stance stance, String storyId, int hours) {
        String quote = "spokesman on " + stance;
        return new Statement(
                state,
                "spokesman",
                topic,
                stance,
                quote,
                false,
                storyId,
                "https://example.org/" + storyId,
                T0.plus(Duration.ofHours(hours)),
                new Evidence(quote, 0, quote.length()));
    }
}
