package org.wirewatch.app.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class EvalReportTest {

    @Test
    void shouldPoolTwoCorporaByAddingTheirCounts() {
        EvalReport first = report(new Score(3, 1, 0), 2, 3, 0, 5, List.of("a  missed  x"));
        EvalReport second = report(new Score(1, 0, 4), 1, 1, 1, 4, List.of("b  extra   y"));

        EvalReport pooled = first.plus(second);

        assertThat(pooled.arms()).isEqualTo(new Score(4, 1, 4));
        assertThat(pooled.modalityCorrect()).isEqualTo(3);
        assertThat(pooled.modalityMatched()).isEqualTo(4);
        assertThat(pooled.decoysWithOutput()).isEqualTo(1);
        assertThat(pooled.decoys()).isEqualTo(9);
        assertThat(pooled.misses()).containsExactly("a  missed  x", "b  extra   y");
    }

    @Test
    void shouldSummariseACorpusOnOneLineOfF1() {
        EvalReport report = report(new Score(3, 1, 0), 2, 3, 1, 20, List.of());

        assertThat(report.summaryRow("dev-x"))
                .startsWith("dev-x")
                .contains(" 0.857 ") // arms: P 0.75, R 1
                .contains(" 0.667 ") // modality 2/3
                .contains("1/20");
    }

    private static EvalReport report(
            Score arms,
            int modalityCorrect,
            int modalityMatched,
            int decoysWithOutput,
            int decoys,
            List<String> misses) {
        return new EvalReport(
                arms,
                Score.ZERO,
                Score.ZERO,
                Score.ZERO,
                modalityCorrect,
                modalityMatched,
                decoysWithOutput,
                decoys,
                10,
                1,
                misses);
    }
}
