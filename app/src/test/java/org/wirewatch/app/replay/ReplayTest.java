package org.wirewatch.app.replay;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wirewatch.model.Story;
import org.wirewatch.model.json.Json;

class ReplayTest {

    @TempDir
    Path stateDir;

    @Test
    void shouldWriteEveryOutputRecordAsTopicKeyValueLines() {
        List<JsonNode> lines = parse(replay(storyline()));

        assertThat(lines)
                .extracting(l -> l.get("topic").asText())
                .containsExactly(
                        "mentions.arms-transfers",
                        "statements",
                        "mentions.arms-transfers",
                        "statements",
                        "alerts.stance-shifts",
                        "alerts.new-transfers",
                        "mentions.arms-transfers",
                        "statements");
        JsonNode alert = lines.get(4);
        assertThat(alert.get("key").asText()).isEqualTo("IRN|ARMS_TRANSFER:IRN>RUS");
        assertThat(alert.at("/value/from/stance").asText()).isEqualTo("DENY");
        assertThat(alert.at("/value/to/stance").asText()).isEqualTo("NON_DENIAL");
        assertThat(alert.at("/value/detectedAt").asText()).isEqualTo("2022-10-17T08:00:00Z");
        // the denial is no report of a transfer: the first report is the second story's
        assertThat(lines.get(5).get("key").asText()).isEqualTo("IRN>RUS");
    }

    @Test
    void shouldOrderStoriesByPublishedAtWhateverTheInputOrder() {
        List<Story> reversed = new java.util.ArrayList<>(storyline());
        java.util.Collections.reverse(reversed);

        assertThat(replay(reversed)).isEqualTo(replay(storyline()));
    }

    @Test
    void shouldBeByteIdenticalOnASecondRun(@TempDir Path otherStateDir) {
        StringWriter first = new StringWriter();
        StringWriter second = new StringWriter();

        Replay.run(storyline(), stateDir, new JsonLines(first));
        Replay.run(storyline(), otherStateDir, new JsonLines(second));

        assertThat(second.toString()).isNotEmpty().isEqualTo(first.toString());
    }

    @Test
    void shouldNotAlertTwiceForSyndicatedCopies() {
        // Given the denial, then the non-denial as the wire ran it
        List<Story> stories = new java.util.ArrayList<>(storyline().subList(0, 2));
        Story wire = stories.get(1);

        // When an outlet's copy follows, re-headlined, datelined and credited, marked by ingest
        Instant later = wire.publishedAt().plusSeconds(1_800);
        stories.add(new Story(
                        "urn:replay:copy",
                        "example-daily",
                        null,
                        "Tehran will not confirm or deny drone deliveries",
                        "TEHRAN, Oct 17 (Example Daily) - " + wire.body() + " (Reporting by Example Daily staff)",
                        later,
                        later,
                        "en",
                        null,
                        null)
                .asDuplicateOf(wire.id()));

        // Then the copy is more evidence, not news: one shift alert and one first report, both the wire's
        List<JsonNode> alerts = parse(replay(stories)).stream()
                .filter(line -> line.get("topic").asText().startsWith("alerts."))
                .toList();
        assertThat(alerts)
                .extracting(line -> line.get("topic").asText())
                .containsExactly("alerts.stance-shifts", "alerts.new-transfers");
        assertThat(alerts.get(0).at("/value/to/evidence/0/storyId").asText()).isEqualTo(wire.id());
    }

    private String replay(List<Story> stories) {
        StringWriter out = new StringWriter();
        Replay.run(stories, stateDir.resolve(Integer.toString(stories.hashCode())), new JsonLines(out));
        return out.toString();
    }

    private static List<Story> storyline() {
        return List.of(
                story(
                        "urn:replay:1",
                        "2022-10-10T08:00:00Z",
                        "Iran's foreign ministry spokesman Nasser Kanaani denied that Tehran had supplied drones"
                                + " to Russia, calling the reports baseless."),
                story(
                        "urn:replay:2",
                        "2022-10-17T08:00:00Z",
                        "Spokesman Nasser Kanaani said Tehran would neither confirm nor deny that it had delivered"
                                + " drones to Russia."),
                story(
                        "urn:replay:3",
                        "2022-10-17T09:15:00Z",
                        "Spokesman Nasser Kanaani said Tehran would neither confirm nor deny that it had delivered"
                                + " drones to Russia."));
    }

    private static Story story(String id, String publishedAt, String body) {
        Instant at = Instant.parse(publishedAt);
        return new Story(id, "test-wire", null, "", body, at, at, "en", null, null);
    }

    private static List<JsonNode> parse(String jsonLines) {
        return jsonLines
                .lines()
                .map(line -> {
                    try {
                        return Json.mapper().readTree(line);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                })
                .toList();
    }
}
