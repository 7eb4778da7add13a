package org.wirewatch.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.wirewatch.app.monitor.Monitor;
import org.wirewatch.app.monitor.MonitorSettings;
import org.wirewatch.broker.KafkaBroker;
import org.wirewatch.model.Stance;
import org.wirewatch.model.StanceShiftAlert;
import org.wirewatch.model.json.Json;
import org.wirewatch.model.topics.Topics;
import org.wirewatch.testkit.KafkaBrokerExtension;
import org.wirewatch.testkit.TopicTail;

/** The whole monitor, from story files in the inbox to alerts on Kafka, over a real broker. */
@ExtendWith(KafkaBrokerExtension.class)
class MonitorIT {

    private static final Duration PIPELINE = Duration.ofSeconds(60);
    private static final Instant OCT_10 = Instant.parse("2022-10-10T08:00:00Z");
    private static final Instant OCT_17 = Instant.parse("2022-10-17T08:00:00Z");
    private static final Instant NOV_5 = Instant.parse("2022-11-05T08:00:00Z");

    @TempDir
    Path dataDir;

    @TempDir
    Path drafts;

    private final ByteArrayOutputStream console = new ByteArrayOutputStream();

    @Test
    void shouldAlertOnceWhenDenialIsFollowedByNonDenial(KafkaBroker broker) throws Exception {
        // Given the monitor running against a cluster
        try (Monitor monitor = start(Optional.of(broker.bootstrapServers()));
                var statements = new TopicTail<>(broker.bootstrapServers(), Topics.STATEMENTS);
                var alerts = new TopicTail<>(broker.bootstrapServers(), Topics.STANCE_SHIFTS)) {
            // When a denial and, a week later, a non-denial land in the inbox
            drop(denial(), "01-denial.txt", OCT_10);
            await().atMost(PIPELINE).until(() -> iranian(statements).size() == 1);
            drop(nonDenial(), "02-non-denial.txt", OCT_17);

            // Then exactly one alert, DENY → NON_DENIAL, is on the topic and on the console
            await().atMost(PIPELINE).until(() -> iranian(alerts).size() == 1);
            StanceShiftAlert alert = iranian(alerts).get(0);
            assertThat(alert.from().stance()).isEqualTo(Stance.DENY);
            assertThat(alert.to().stance()).isEqualTo(Stance.NON_DENIAL);
            await().atMost(PIPELINE)
                    .until(() -> consoleText().contains("IRN on ARMS_TRANSFER:IRN>RUS: DENY -> NON_DENIAL"));
            assertThat(inboxFile("done", "01-denial.txt")).exists();

            // And /health, on the API's port, reports every service of the monitor up
            HttpClient http = HttpClient.newHttpClient();
            HttpResponse<String> health = http.send(
                    HttpRequest.newBuilder(URI.create(
                                    "http://127.0.0.1:" + monitor.apiAddress().getPort() + "/health"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(health.statusCode()).isEqualTo(200);
            JsonNode services = Json.mapper().readTree(health.body()).get("services");
            assertThat(services.fieldNames()).toIterable().containsExactlyInAnyOrder("processor", "alerts", "ingest");

            // And a story posted to ingest's receiver is accepted and counted on the API's /metrics
            HttpResponse<String> posted = http.send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                                    + monitor.receiverAddress().getPort() + "/api/stories"))
                            .header("Content-Type", "text/plain")
                            .POST(HttpRequest.BodyPublishers.ofString("Harbour cranes idle after power cut\n"
                                    + "PORTSEA - Cranes at the container harbour stood idle for six hours.\n"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(posted.statusCode()).isEqualTo(202);
            HttpResponse<String> metrics = http.send(
                    HttpRequest.newBuilder(URI.create(
                                    "http://127.0.0.1:" + monitor.apiAddress().getPort() + "/metrics"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(metrics.body())
                    .contains("wirewatch_ingest_published_total{source=\"http\"} 1.0")
                    .contains("wirewatch_ingest_published_total{source=\"inbox\"} 2.0");
        }
    }

    @Test
    void shouldNeitherLoseNorRepeatAlertsAcrossRestartsOnTheSameDataDir() throws IOException {
        // Given an embedded monitor that saw a denial, then was stopped
        try (Monitor monitor = start(Optional.empty());
                var statements = new TopicTail<>(monitor.bootstrapServers(), Topics.STATEMENTS)) {
            drop(denial(), "01-denial.txt", OCT_10);
            await().atMost(PIPELINE).until(() -> iranian(statements).size() == 1);
        }
        // When it is restarted on the same data dir and the non-denial arrives
        try (Monitor monitor = start(Optional.empty());
                var alerts = new TopicTail<>(monitor.bootstrapServers(), Topics.STANCE_SHIFTS)) {
            drop(nonDenial(), "02-non-denial.txt", OCT_17);
            await().atMost(PIPELINE).until(() -> iranian(alerts).size() == 1);
        }
        // And after another restart a syndicated copy of the non-denial, then an admission, arrive
        try (Monitor monitor = start(Optional.empty());
                var alerts = new TopicTail<>(monitor.bootstrapServers(), Topics.STANCE_SHIFTS)) {
            drop(
                    nonDenial().replace("TEHRAN -", "DUBAI (Gulf Wire) -"),
                    "03-syndicated-copy.txt",
                    OCT_17.plusSeconds(600));
            drop(admission(), "04-admission.txt", NOV_5);

            // Then the admission alerts, and no alert came twice before it (same key, same order)
            await().atMost(PIPELINE).until(() -> iranian(alerts).size() >= 2);
            assertThat(iranian(alerts))
                    .extracting(a -> a.from().stance() + "->" + a.to().stance())
                    .containsExactly("DENY->NON_DENIAL", "NON_DENIAL->ACKNOWLEDGE");
        }
    }

    private Monitor start(Optional<String> cluster) throws IOException {
        MonitorSettings settings = MonitorSettings.basic(cluster, dataDir, 0);
        return Monitor.start(settings, new PrintStream(console, true, StandardCharsets.UTF_8));
    }

    /** Writes the story outside the inbox, dates it, then moves it in whole. */
    private void drop(String text, String name, Instant publishedAt) throws IOException {
        Path draft = Files.writeString(drafts.resolve(name), text);
        Files.setLastModifiedTime(draft, FileTime.from(publishedAt));
        Path inbox = Files.createDirectories(dataDir.resolve("inbox"));
        Files.move(draft, inbox.resolve(name), StandardCopyOption.ATOMIC_MOVE);
    }

    private Path inboxFile(String folder, String name) {
        return dataDir.resolve("inbox").resolve(folder).resolve(name);
    }

    private String consoleText() {
        return console.toString(StandardCharsets.UTF_8);
    }

    private static String denial() {
        return "Iran rejects reports of drone deliveries to Russia\n\n"
                + "TEHRAN - Iran's foreign ministry spokesman Nasser Kanaani on Monday denied that Tehran had"
                + " supplied drones to Russia for its war in Ukraine, calling the reports baseless.\n";
    }

    private static String nonDenial() {
        return "Iran sidesteps questions on drones for Moscow\n\n"
                + "TEHRAN - Asked about Iranian drones over Kyiv, spokesman Nasser Kanaani said Tehran would"
                + " neither confirm nor deny that it had delivered drones to Russia.\n";
    }

    private static String admission() {
        return "Iran admits sending drones to Russia before the war\n\n"
                + "TEHRAN - Foreign Minister Hossein Amir-Abdollahian acknowledged that Iran had supplied a small"
                + " number of drones to Russia months before the war in Ukraine began.\n";
    }

    private static <V> List<V> iranian(TopicTail<String, V> topic) {
        return topic.read(r -> r.key().startsWith("IRN|")).stream()
                .map(ConsumerRecord::value)
                .toList();
    }
}
