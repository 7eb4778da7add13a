package org.wirewatch.processor.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.wirewatch.model.Stance;
import org.wirewatch.model.Statement;
import org.wirewatch.model.Story;
import org.wirewatch.processor.ProcessorApp;

/** Common ways wire copy reports a state's stance on an arms transfer, one sentence each. */
class StancePhrasingsTest {

    private static final StoryExtractor EXTRACTOR = ProcessorApp.extractor();
    private static final Instant FEB_2024 = Instant.parse("2024-02-20T10:00:00Z");

    static Stream<Arguments> phrasings() throws IOException {
        try (InputStream in = StancePhrasingsTest.class.getResourceAsStream("stance-phrasings.tsv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                            .lines()
                            .filter(line -> !line.isBlank() && !line.startsWith("#"))
                            .map(line -> line.split("\t", 3))
                            .map(f -> Arguments.of(f[0], Stance.valueOf(f[1]), f[2]))
                            .toList()
                            .stream();
        }
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @MethodSource("phrasings")
    void shouldReadTheStance(String state, Stance stance, String sentence) {
        Story story =
                new Story("urn:test:phrasing", "test-wire", null, "", sentence, FEB_2024, FEB_2024, "en", null, null);

        assertThat(EXTRACTOR.extract(story, KnownSpeakers.NONE).statements())
                .extracting(Statement::state, Statement::stance)
                .contains(org.assertj.core.groups.Tuple.tuple(state, stance));
    }
}
