package org.wirewatch.app.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScoreTest {

    @Test
    void shouldComputeMicroMeasures() {
        Score score = new Score(6, 2, 4);

        assertThat(score.precision()).isCloseTo(0.75, within(1e-9));
        assertThat(score.recall()).isCloseTo(0.6, within(1e-9));
        assertThat(score.f1()).isCloseTo(2 * 0.75 * 0.6 / 1.35, within(1e-9));
    }

    @Test
    void shouldTreatNothingToFindAndNothingFoundAsPerfect() {
        assertThat(Score.ZERO.f1()).isEqualTo(1.0);
    }

    @Test
    void shouldCountARepeatedAlertAgainstASingleExpectedOne() {
        Tuples.Alert shift = new Tuples.Alert("IRN", "ARMS_TRANSFER:IRN>RUS", "DENY", "NON_DENIAL");
        List<String> misses = new ArrayList<>();

        Score score = Tuples.compareCounted(List.of(shift), List.of(shift, shift), misses, "t");

        assertThat(score).isEqualTo(new Score(1, 1, 0));
        assertThat(misses).containsExactly("t  extra   " + shift);
    }
}
