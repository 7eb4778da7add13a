package org.wirewatch.app.replay;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyTestDriver;
import org.wirewatch.alerts.AlertsApp;
import org.wirewatch.alerts.AlertsConfig;
import org.wirewatch.alerts.AlertsTopology;
import org.wirewatch.app.alerts.OfficialStandings;
import org.wirewatch.model.ArmsTransferMention;
import org.wirewatch.model.SanctionMention;
import org.wirewatch.model.Statement;
import org.wirewatch.model.Story;
import org.wirewatch.model.topics.TopicSpec;
import org.wirewatch.model.topics.Topics;
import org.wirewatch.processor.ProcessorApp;
import org.wirewatch.processor.ProcessorTopology;

/**
 * Runs stories through the real processor and alerts topologies without a broker, in {@code
 * publishedAt} order, and hands every output record to a sink ({@link JsonLines} for {@code
 * wirewatch replay}, the scorer for {@code wirewatch eval}). Deterministic: the driver's wall clock
 * follows the stories' own time, so the same input gives the same records in the same order
 * (alerts' {@code detectedAt} is the story's time).
 */
public final class Replay implements AutoCloseable {

    private static final String NOWHERE = "127.0.0.1:9";

    private final TopologyTestDriver processor;
    private final TopologyTestDriver alerts;
    private final TestInputTopic<String, Story> stories;
    private final List<Relay<?>> relays;
    private final List<DriverOutput<?>> alertsOut;
    private Instant clock;

    public Replay(Path stateDir, Instant start) {
        this.clock = start;
        this.processor = driver(
                ProcessorTopology.build(ProcessorApp.extractor()),
                ProcessorApp.settings(NOWHERE, stateDir.resolve("processor")).toProperties());
        this.alerts = driver(
                AlertsTopology.build(AlertsConfig.defaults(OfficialStandings.standard())),
                AlertsApp.settings(NOWHERE, stateDir.resolve("alerts")).toProperties());
        this.stories = input(processor, Topics.STORIES_RAW);
        this.relays = List.of(
                relay(Topics.ARMS_TRANSFERS, ArmsTransferMention::publishedAt),
                relay(Topics.SANCTIONS, SanctionMention::publishedAt),
                relay(Topics.STATEMENTS, Statement::publishedAt));
        this.alertsOut = List.of(
                output(alerts, Topics.STANCE_SHIFTS),
                output(alerts, Topics.NEW_TRANSFERS),
                output(alerts, Topics.SANCTION_ALERTS));
    }

    /** A processor output topic, printed and handed on to the alerts topology at its story's time. */
    private record Relay<V>(DriverOutput<V> out, TestInputTopic<String, V> in, Function<V, Instant> time) {

        void pass(Consumer<Output> sink) {
            List<KeyValue<String, V>> records = out.records().readKeyValuesToList();
            emit(sink, out.topic(), records);
            records.forEach(r -> in.pipeInput(r.key, r.value, time.apply(r.value)));
        }
    }

    private <V> Relay<V> relay(TopicSpec<String, V> topic, Function<V, Instant> time) {
        return new Relay<>(output(processor, topic), input(alerts, topic), time);
    }

    /** One record a topology wrote. */
    public record Output(String topic, String key, Object value) {}

    /** Replays {@code stories} (sorted here by time, then id) and hands the outputs to {@code sink}. */
    public static void run(List<Story> stories, Path stateDir, Consumer<Output> sink) {
        List<Story> ordered = stories.stream()
                .sorted(Comparator.comparing(Story::publishedAt).thenComparing(Story::id))
                .toList();
        Instant start = ordered.isEmpty() ? Instant.EPOCH : ordered.get(0).publishedAt();
        try (Replay replay = new Replay(stateDir, start)) {
            for (Story story : ordered) {
                replay.replay(story, sink);
            }
        }
    }

    private void replay(Story story, Consumer<Output> sink) {
        advanceTo(story.publishedAt());
        stories.pipeInput(story.id(), story, story.publishedAt());
        relays.forEach(relay -> relay.pass(sink));
        for (DriverOutput<?> output : alertsOut) {
            emit(sink, output.topic(), output.records().readKeyValuesToList());
        }
    }

    private void advanceTo(Instant time) {
        if (time.isAfter(clock)) {
            Duration step = Duration.between(clock, time);
            processor.advanceWallClockTime(step);
            alerts.advanceWallClockTime(step);
            clock = time;
        }
    }

    private static void emit(Consumer<Output> sink, String topic, List<? extends KeyValue<String, ?>> records) {
        records.forEach(record -> sink.accept(new Output(topic, record.key, record.value)));
    }

    private TopologyTestDriver driver(Topology topology, Properties props) {
        return new TopologyTestDriver(topology, props, clock);
    }

    private static <V> TestInputTopic<String, V> input(TopologyTestDriver driver, TopicSpec<String, V> topic) {
        return driver.createInputTopic(
                topic.name(),
                topic.keySerde().serializer(),
                topic.valueSerde().serializer(),
                Instant.EPOCH,
                Duration.ZERO);
    }

    /** An output topic of a driver, with the name it is written under. */
    private record DriverOutput<V>(String topic, TestOutputTopic<String, V> records) {}

    private static <V> DriverOutput<V> output(TopologyTestDriver driver, TopicSpec<String, V> topic) {
        return new DriverOutput<>(
                topic.name(),
                driver.createOutputTopic(
                        topic.name(),
                        topic.keySerde().deserializer(),
                        topic.valueSerde().deserializer()));
    }

    @Override
    public void close() {
        processor.close();
        alerts.close();
    }
}
