package org.wirewatch.alerts.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.wirewatch.alerts.delivery.TestAlerts;
import org.wirewatch.model.Alert;
import org.wirewatch.model.Severity;
import org.wirewatch.model.TopicKind;
import org.wirewatch.model.topics.Topics;

class AlertFilterTest {

    private static final String SHIFTS = Topics.STANCE_SHIFTS.name();

    /** IRN and RUS, ARMS_TRANSFER, HIGH. */
    private final Alert iran = TestAlerts.iranStopsDenying("a-1", Severity.HIGH);

    @Test
    void shouldLetEveryAlertThroughWhenNothingIsSet() {
        assertThat(AlertFilter.ALL.matches(iran, SHIFTS)).isTrue();
    }

    @Test
    void shouldMatchWhenAnyStateOfTheAlertIsWanted() {
        assertThat(filter(Set.of("RUS", "CHN"), Set.of(), Set.of(), Severity.LOW)
                        .matches(iran, SHIFTS))
                .isTrue();
        assertThat(filter(Set.of("CHN"), Set.of(), Set.of(), Severity.LOW).matches(iran, SHIFTS))
                .isFalse();
    }

    @Test
    void shouldMatchOnTopicKindAndAlertType() {
        assertThat(filter(Set.of(), Set.of(TopicKind.ARMS_TRANSFER), Set.of(), Severity.LOW)
                        .matches(iran, SHIFTS))
                .isTrue();
        assertThat(filter(Set.of(), Set.of(TopicKind.SANCTIONS), Set.of(), Severity.LOW)
                        .matches(iran, SHIFTS))
                .isFalse();
        assertThat(filter(Set.of(), Set.of(), Set.of(Topics.SANCTION_ALERTS.name()), Severity.LOW)
                        .matches(iran, SHIFTS))
                .isFalse();
    }

    @Test
    void shouldLetThroughOnlyAlertsAtLeastAsSevereAsTheMinimum() {
        assertThat(filter(Set.of(), Set.of(), Set.of(), Severity.HIGH).matches(iran, SHIFTS))
                .isTrue();
        assertThat(filter(Set.of(), Set.of(), Set.of(), Severity.CRITICAL).matches(iran, SHIFTS))
                .isFalse();
    }

    @Test
    void shouldRequireEveryCriterion() {
        // Given a filter whose state matches but whose kind does not
        AlertFilter filter = filter(Set.of("IRN"), Set.of(TopicKind.ALIGNMENT), Set.of(), Severity.LOW);

        // Then the alert does not pass
        assertThat(filter.matches(iran, SHIFTS)).isFalse();
    }

    private static AlertFilter filter(Set<String> states, Set<TopicKind> kinds, Set<String> types, Severity min) {
        return AlertFilter.of(states, kinds, types, min);
    }
}
