package org.wirewatch.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wirewatch.alerts.AlertsApp;
import org.wirewatch.broker.KafkaBroker;
import org.wirewatch.model.NewTransferAlert;
import org.wirewatch.model.StanceShiftAlert;
import org.wirewatch.model.Story;
import org.wirewatch.model.topics.TopicProvisioner;
import org.wirewatch.model.topics.Topics;
import org.wirewatch.processor.ProcessorApp;
import org.wirewatch.streams.StreamsService;
import org.wirewatch.testkit.ConsumerGroupProgress;
import org.wirewatch.testkit.KafkaBrokerExtension;
import org.wirewatch.testkit.TopicTail;

/**
 * The alerts service from stories to alerts over a real broker, with the alerts service a separate
 * process killed with SIGKILL mid-stream and restarted on an empty state dir: a storyline of denial,
 * non-denial and admission, each syndicated by many outlets, plus a story that arrives late, gives
 * exactly the expected alerts, once each.
 */
class AlertsExactlyOnceIT {

    private static final Duration PIPELINE = Duration.ofSeconds(120);
    private static final Instant OCT_10 = Instant.parse("2022-10-10T08:00:00Z");
    private static final Instant OCT_17 = Instant.parse("2022-10-17T08:00:00Z");
    private static final Instant NOV_4 = Instant.parse("2022-11-04T08:00:00Z");
    private static final Instant NOV_5 = Instant.parse("2022-11-05T08:00:00Z");
    private static final int COPIES = 15;

    private static KafkaBroker broker;

    @TempDir
    Path stateDir;

    @BeforeAll
    static void startBroker() {
        broker = KafkaBrokerExtension.privateBroker();
        TopicProvisioner.ensure(broker.bootstrapServers(), Topics.all(), Optional.of((short) 1));
    }

    @AfterAll
    static void stopBroker() {
        broker.close();
    }

    @Test
    void shouldAlertExactlyOnceThroughSyndicationALateStoryAndAKilledAlertsService() throws Exception {
        String bootstrap = broker.bootstrapServers();
        try (StreamsService processor =
                        ProcessorApp.create(ProcessorApp.settings(bootstrap, stateDir.resolve("processor")));
                KafkaProducer<String, Story> stories = producer(bootstrap);
                TopicTail<String, StanceShiftAlert> shifts = new TopicTail<>(bootstrap, Topics.STANCE_SHIFTS)) {
            processor.start();
            AlertsProcess alerts = AlertsProcess.start(bootstrap, stateDir.resolve("alerts-1"));
            try {
                // Given a denial and a non-denial, each carried by many outlets
                publish(stories, syndicated("deny", OCT_10, denial()));
                try (var statements = new TopicTail<>(bootstrap, Topics.STATEMENTS)) {
                    await().atMost(PIPELINE)
                            .until(() -> !statements.read(r -> true).isEmpty());
                }
                publish(stories, syndicated("nondenial", OCT_17, nonDenial()));
                await().atMost(PIPELINE).until(() -> shifts.read(r -> true).size() == 1);

                // When the admission and its copies arrive, then a non-denial from the day before it,
                // and the alerts service is killed while it works through them
                publish(stories, syndicated("admit", NOV_5, admission()));
                publish(stories, List.of(story("late-nondenial", NOV_4, nonDenial())));
                alerts.kill();
            } finally {
                alerts.kill();
            }
            // And it restarts with no local state (it comes back from the changelogs)
            try (AlertsProcess restarted = AlertsProcess.start(bootstrap, stateDir.resolve("alerts-2"))) {
                awaitPipelineDone(bootstrap);

                // Then the line moved twice, each move alerted once
                List<StanceShiftAlert> alerted = values(shifts.readToEnd());
                assertThat(alerted)
                        .as(
                                "alerts (from story -> to story): %s",
                                alerted.stream()
                                        .map(a -> a.from().evidence().get(0).storyId() + " -> "
                                                + a.to().evidence().get(0).storyId())
                                        .toList())
                        .extracting(a -> a.from().stance() + "->" + a.to().stance())
                        .containsExactly("DENY->NON_DENIAL", "NON_DENIAL->ACKNOWLEDGE");
                assertThat(alerted.stream().map(StanceShiftAlert::alertId).distinct())
                        .hasSize(2);
                assertThat(alerted.get(1).to().evidence().get(0).storyId()).startsWith("admit-");
                // and the first report of a transfer between the two states came once
                try (var reports = new TopicTail<>(bootstrap, Topics.NEW_TRANSFERS)) {
                    assertThat(values(reports.readToEnd()))
                            .extracting(NewTransferAlert::key)
                            .containsExactly("IRN>RUS");
                }
            }
        }
    }

    /** The alerts service in a JVM of its own, so the test can kill it as an operator's kill -9 would. */
    private record AlertsProcess(Process process) implements AutoCloseable {

        static AlertsProcess start(String bootstrap, Path stateDir) throws IOException {
            Path log = stateDir.resolveSibling(stateDir.getFileName() + ".log");
            Process process = new ProcessBuilder(
                            Path.of(System.getProperty("java.home"), "bin", "java")
                                    .toString(),
                            "-Xmx256m",
                            "-cp",
                            System.getProperty("java.class.path"),
                            Wirewatch.class.getName(),
                            "alerts",
                            "--bootstrap-servers",
                            bootstrap,
                            "--state-dir",
                            stateDir.toString(),
                            "--api-port",
                            "0")
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            return new AlertsProcess(process);
        }

        /** SIGKILL: no shutdown hook, no commit, an open transaction left behind. */
        void kill() throws InterruptedException {
            process.destroyForcibly().waitFor();
        }

        @Override
        public void close() throws InterruptedException {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                kill();
            }
        }
    }

    /**
     * Waits until the processor has committed every story, then the alerts service every statement and
     * mention, then every record it repartitioned: after that, nothing more is coming.
     */
    private static void awaitPipelineDone(String bootstrap) throws Exception {
        try (ConsumerGroupProgress progress = new ConsumerGroupProgress(bootstrap)) {
            var stories = progress.afterLastRecords(List.of(Topics.STORIES_RAW.name()));
            await().atMost(PIPELINE).until(() -> progress.committedPast(ProcessorApp.APPLICATION_ID, stories));
            var inputs = progress.afterLastRecords(
                    List.of(Topics.STATEMENTS.name(), Topics.ARMS_TRANSFERS.name(), Topics.SANCTIONS.name()));
            await().atMost(PIPELINE).until(() -> progress.committedPast(AlertsApp.APPLICATION_ID, inputs));
            var repartitioned = progress.afterLastRecords(progress.repartitionTopicsOf(AlertsApp.APPLICATION_ID));
            await().atMost(PIPELINE).until(() -> progress.committedPast(AlertsApp.APPLICATION_ID, repartitioned));
        }
    }

    private static <V> List<V> values(List<ConsumerRecord<String, V>> records) {
        return records.stream().map(ConsumerRecord::value).toList();
    }

    private static KafkaProducer<String, Story> producer(String bootstrap) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        return new KafkaProducer<>(
                props,
                Topics.STORIES_RAW.keySerde().serializer(),
                Topics.STORIES_RAW.valueSerde().serializer());
    }

    private static void publish(KafkaProducer<String, Story> producer, List<Story> stories) throws Exception {
        for (Story story : stories) {
            producer.send(new ProducerRecord<>(Topics.STORIES_RAW.name(), story.id(), story))
                    .get();
        }
    }

    /** The original and {@link #COPIES} outlets' copies a few minutes apart. */
    private static List<Story> syndicated(String id, Instant at, String body) {
        List<Story> all = new ArrayList<>();
        all.add(story(id + "-0", at, body));
        for (int i = 1; i <= COPIES; i++) {
            all.add(story(id + "-" + i, at.plus(Duration.ofMinutes(i)), body));
        }
        return all;
    }

    private static Story story(String id, Instant at, String body) {
        return new Story(id, "test-wire", null, "", body, at, at, "en", null, null);
    }

    private static String denial() {
        return "TEHRAN - Iran's foreign ministry spokesman Nasser Kanaani on Monday denied that Tehran had"
                + " supplied drones to Russia for its war in Ukraine, calling the reports baseless.";
    }

    private static String nonDenial() {
        return "TEHRAN - Asked about Iranian drones over Kyiv, spokesman Nasser Kanaani said Tehran would"
                + " neither confirm nor deny that it had delivered drones to Russia.";
    }

    private static String admission() {
        return "TEHRAN - Foreign Minister Hossein Amir-Abdollahian acknowledged that Iran had supplied a small"
                + " number of drones to Russia months before the war in Ukraine began.";
    }
}
