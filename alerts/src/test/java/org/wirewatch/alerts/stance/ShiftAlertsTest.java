package org.wirewatch.alerts.stance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.wirewatch.model.Severity;

class ShiftAlertsTest {

    @ParameterizedTest(name = "magnitude {0} by a {1} speaker is {2}")
    @CsvSource({
        "1, ORDINARY, MEDIUM",
        "2, ORDINARY, HIGH",
        "1, LEADER, HIGH",
        "2, LEADER, CRITICAL",
        "1, JUNIOR, LOW",
        "2, JUNIOR, MEDIUM"
    })
    void shouldGradeSeverityByMagnitudeAndStanding(int magnitude, Standing standing, Severity expected) {
        assertThat(ShiftAlerts.severity(magnitude, standing)).isEqualTo(expected);
    }
}
