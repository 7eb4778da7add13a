package org.wirewatch.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.wirewatch.app.monitor.Monitor;
import org.wirewatch.app.monitor.MonitorSettings;
import org.wirewatch.broker.KafkaBroker;
import org.wirewatch.model.Stance;
import org.wirewatch.model.StanceShiftAlert;
import org.wirewatch.model.Statement;
import org.wirewatch.model.topics.TopicSpec;
import org.wirewatch.model.topics.Topics;
import org.wirewatch.testkit.KafkaBrokerExtension;

/** The whole monitor, from story files in the inbox to alerts on Kafka, over a real broker. */
@ExtendWith(KafkaBrokerExtension.class)
class MonitorIT {

    private static final Duration PIPELINE = Duration.ofSeconds(60);
    private static final Instant OCT_10 = Instant.parse("2022-10-10T08:00:00Z");
    private static final Instant OCT_17 = Instant.parse("2022-10-17T08:00:00Z");

    @TempDir
    Path dataDir;

    @TempDir
    Path drafts;

    private final ByteArrayOutputStream console = new ByteArrayOutputStream();

    @Test
    void shouldAlertOnceWhenDenialIsFollowedByNonDenial(KafkaBroker broker) throws IOException {
        // Given the monitor running against a cluster
        try (Monitor monitor = start(Optional.of(broker.bootstrapServers()))) {
            // When a denial and, a week later, a non-denial land in the inbox
            drop(denial(), "01-denial.txt", OCT_10);
            await().atMost(PIPELINE)
                    .until(() -> statementsFor(monitor.bootstrapServers()).size() == 1);
            drop(nonDenial(), "02-non-denial.txt", OCT_17);

            // Then exactly one alert, DENY → NON_DENIAL, is on the topic and on the console
            await().atMost(PIPELINE).untilAsserted(() -> assertThat(alertsFor(monitor.bootstrapServers()))
                    .singleElement()
                    .satisfies(alert -> {
                        assertThat(alert.from().stance()).isEqualTo(Stance.DENY);
                        assertThat(alert.to().stance()).isEqualTo(Stance.NON_DENIAL);
                    }));
            await().atMost(PIPELINE)
                    .until(() -> consoleText().contains("IRN on ARMS_TRANSFER:IRN>RUS: DENY -> NON_DENIAL"));
            assertThat(inboxFile("done", "01-denial.txt")).exists();
        }
    }

    @Test
    void shouldNeitherLoseNorRepeatAlertsAcrossRestartsOnTheSameDataDir() throws IOException {
        // Given an embedded monitor that saw a denial, then was stopped
        try (Monitor monitor = start(Optional.empty())) {
            drop(denial(), "01-denial.txt", OCT_10);
            await().atMost(PIPELINE)
                    .until(() -> statementsFor(monitor.bootstrapServers()).size() == 1);
        }
        // When it is restarted on the same data dir and the non-denial arrives
        try (Monitor monitor = start(Optional.empty())) {
            drop(nonDenial(), "02-non-denial.txt", OCT_17);
            await().atMost(PIPELINE)
                    .until(() -> alertsFor(monitor.bootstrapServers()).size() == 1);
        }
        // Then after one more restart and a syndicated copy of the non-denial, still one alert
        try (Monitor monitor = start(Optional.empty())) {
            drop(nonDenial(), "03-syndicated-copy.txt", OCT_17.plusSeconds(600));
            await().atMost(PIPELINE)
                    .until(() -> statementsFor(monitor.bootstrapServers()).size() == 3);
            assertThat(alertsFor(monitor.bootstrapServers())).hasSize(1);
        }
    }

    private Monitor start(Optional<String> cluster) throws IOException {
        MonitorSettings settings = new MonitorSettings(cluster, dataDir, dataDir.resolve("inbox"), 0, 0);
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

    private static List<StanceShiftAlert> alertsFor(String bootstrap) {
        return readAll(bootstrap, Topics.STANCE_SHIFTS).stream()
                .filter(a -> a.state().equals("IRN"))
                .toList();
    }

    private static List<Statement> statementsFor(String bootstrap) {
        return readAll(bootstrap, Topics.STATEMENTS).stream()
                .filter(s -> s.state().equals("IRN"))
                .toList();
    }

    /** Every committed record of a topic, read from the start by a group-less consumer. */
    private static <V> List<V> readAll(String bootstrap, TopicSpec<String, V> topic) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrap,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG,
                "read_committed",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
                false);
        try (KafkaConsumer<String, V> consumer = new KafkaConsumer<>(
                config, topic.keySerde().deserializer(), topic.valueSerde().deserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic.name()).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition()))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            List<V> values = new ArrayList<>();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                consumer.poll(Duration.ofMillis(200)).forEach(r -> values.add(r.value()));
            }
            return values;
        }
    }
}
