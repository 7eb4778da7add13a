package org.wirewatch.alerts.api.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.wirewatch.model.json.Json;

class PipelineHealthTest {

    private static final Instant T0 = Instant.parse("2026-03-02T10:00:00Z");
    private static final Instant LAST_STORY = T0.minusSeconds(2);

    @Test
    void shouldRateStoriesByTheChangeOfTheirEndOffsetsBetweenTwoSamples() {
        PipelineSample previous = sample(T0, 1_000L);
        PipelineSample latest = sample(T0.plusSeconds(5), 1_060L);

        PipelineHealth health = PipelineHealth.of(previous, latest, latest.at());

        assertThat(health.storiesPerSecond()).isEqualTo(12.0);
    }

    @Test
    void shouldRateOverTheTimeActuallyBetweenTheSamples() {
        PipelineSample previous = sample(T0, 1_000L);
        PipelineSample latest = sample(T0.plus(Duration.ofMillis(2_500)), 1_001L);

        assertThat(PipelineHealth.storiesPerSecond(previous, latest)).isEqualTo(0.4);
    }

    @Test
    void shouldHaveNoRateBeforeTwoSamplesOfTheTopic() {
        PipelineSample first = sample(T0, 1_000L);
        PipelineSample noTopicYet = sample(T0, null);

        assertThat(PipelineHealth.of(null, first, first.at()).storiesPerSecond())
                .isNull();
        assertThat(PipelineHealth.storiesPerSecond(noTopicYet, sample(T0.plusSeconds(5), 3L)))
                .isNull();
    }

    @Test
    void shouldHaveNoRateWhenTheOffsetsWentBackBecauseTheTopicWasRecreated() {
        assertThat(PipelineHealth.storiesPerSecond(sample(T0, 1_000L), sample(T0.plusSeconds(5), 10L)))
                .isNull();
    }

    @Test
    void shouldReportTheLatestLagDeadLettersAndLastStory() {
        PipelineSample latest = sample(T0.plusSeconds(5), 1_060L);

        PipelineHealth health = PipelineHealth.of(sample(T0, 1_000L), latest, latest.at());

        assertThat(health.consumerLag()).containsEntry("processor", 7L).containsEntry("alerts", null);
        assertThat(health.deadLetters()).containsEntry("processor", 0L).containsEntry("alerts", 2L);
        assertThat(health.lastStoryAt()).isEqualTo(LAST_STORY);
    }

    @Test
    void shouldKnowNothingFromNoSampleOrOnlyAStaleOne() {
        PipelineSample latest = sample(T0.plusSeconds(5), 1_060L);
        Instant muchLater = latest.at().plus(PipelineHealth.STALE_AFTER).plusSeconds(1);

        assertThat(PipelineHealth.of(null, null, T0)).isEqualTo(PipelineHealth.unknown());
        assertThat(PipelineHealth.of(sample(T0, 1_000L), latest, muchLater)).isEqualTo(PipelineHealth.unknown());
        assertThat(PipelineHealth.unknown().consumerLag()).containsOnlyKeys("processor", "alerts");
        assertThat(PipelineHealth.unknown().deadLetters()).containsOnlyKeys("processor", "alerts");
    }

    @Test
    void shouldWriteTheJsonTheDashboardReadsWithUnknownsAsNull() throws Exception {
        PipelineSample latest = sample(T0.plusSeconds(5), 1_060L);

        JsonNode json = Json.mapper()
                .readTree(Json.mapper().writeValueAsString(PipelineHealth.of(sample(T0, 1_000L), latest, latest.at())));

        assertThat(json.get("storiesPerSecond").asDouble()).isEqualTo(12.0);
        assertThat(json.at("/consumerLag/processor").asLong()).isEqualTo(7);
        assertThat(json.at("/consumerLag/alerts").isNull()).isTrue();
        assertThat(json.at("/deadLetters/alerts").asLong()).isEqualTo(2);
        assertThat(json.get("lastStoryAt").asText()).isEqualTo("2026-03-02T09:59:58Z");
        assertThat(Json.mapper().writeValueAsString(PipelineHealth.unknown()))
                .isEqualTo("{\"storiesPerSecond\":null,\"consumerLag\":{\"alerts\":null,\"processor\":null},"
                        + "\"deadLetters\":{\"alerts\":null,\"processor\":null},\"lastStoryAt\":null}");
    }

    /** Processor 7 behind, alerts not started; 2 dead letters from alerts. */
    private static PipelineSample sample(Instant at, Long storiesEndOffsets) {
        Map<String, Long> ends = new HashMap<>(Map.of("statements", 40L));
        if (storiesEndOffsets != null) {
            ends.put("stories.raw", storiesEndOffsets);
        }
        Map<String, Long> lag = new HashMap<>();
        lag.put("processor", 7L);
        lag.put("alerts", null);
        return new PipelineSample(at, ends, lag, Map.of("processor", 0L, "alerts", 2L), LAST_STORY);
    }
}
