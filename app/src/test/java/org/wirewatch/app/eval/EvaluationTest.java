package org.wirewatch.app.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluationTest {

    @TempDir
    Path stateDir;

    @TempDir
    Path copy;

    @Test
    void shouldScoreTheSeedStorylinePerfectly() throws Exception {
        EvalReport report = Evaluation.run(corpus(), stateDir);

        assertThat(report.stories()).isEqualTo(3);
        assertThat(report.decoys()).isEqualTo(1);
        assertThat(report.arms()).isEqualTo(new Score(2, 0, 0));
        assertThat(report.statements()).isEqualTo(new Score(2, 0, 0));
        assertThat(report.sanctions()).isEqualTo(Score.ZERO);
        assertThat(report.alerts()).isEqualTo(new Score(1, 0, 0));
        assertThat(report.modalityCorrect()).isEqualTo(2);
        assertThat(report.decoysWithOutput()).isZero();
        assertThat(report.misses()).isEmpty();
    }

    @Test
    void shouldCountAWrongLabelAsOneMissAndOneExtra() throws Exception {
        // Given the same corpus with the denial mislabelled as an acknowledgement
        copyCorpus();
        Path gold = copy.resolve("gold/deny.json");
        Files.writeString(gold, Files.readString(gold).replace("\"DENY\"", "\"ACKNOWLEDGE\""));

        EvalReport report = Evaluation.run(copy, stateDir);

        assertThat(report.statements()).isEqualTo(new Score(1, 1, 1));
        assertThat(report.misses())
                .anyMatch(line -> line.startsWith("deny statements  missed"))
                .anyMatch(line -> line.startsWith("deny statements  extra"));
    }

    private static Path corpus() throws URISyntaxException {
        return Path.of(EvaluationTest.class.getResource("/eval-corpus").toURI());
    }

    private void copyCorpus() throws IOException, URISyntaxException {
        Path source = corpus();
        try (Stream<Path> paths = Files.walk(source)) {
            for (Path path : paths.toList()) {
                Path target = copy.resolve(source.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target);
                }
            }
        }
    }
}
