package org.wirewatch.app.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.wirewatch.alerts.stance.Standing;

class OfficialStandingsTest {

    private static final Instant OCT_2022 = Instant.parse("2022-10-17T09:30:00Z");
    private static final OfficialStandings STANDINGS = OfficialStandings.standard();

    @Test
    void shouldRankAHeadOfStateInOfficeAsALeader() {
        assertThat(STANDINGS.of("Vladimir Putin", OCT_2022)).isEqualTo(Standing.LEADER);
    }

    @Test
    void shouldRankASpokespersonAsOrdinary() {
        assertThat(STANDINGS.of("Nasser Kanaani", OCT_2022)).isEqualTo(Standing.ORDINARY);
    }

    @Test
    void shouldRankByTitleWhenTheStatementNamesARoleInsteadOfAPerson() {
        assertThat(STANDINGS.of("foreign minister", OCT_2022)).isEqualTo(Standing.LEADER);
        assertThat(STANDINGS.of("State Department spokesman", OCT_2022)).isEqualTo(Standing.ORDINARY);
    }

    @Test
    void shouldTreatUnknownOrMissingSpeakersAsOrdinary() {
        assertThat(STANDINGS.of("a senior official", OCT_2022)).isEqualTo(Standing.ORDINARY);
        assertThat(STANDINGS.of(null, OCT_2022)).isEqualTo(Standing.ORDINARY);
    }
}
