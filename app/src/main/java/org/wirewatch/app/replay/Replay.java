package org.wirewatch.app.replay;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyTestDriver;
import org.wirewatch.alerts.AlertsApp;
import org.wirewatch.alerts.AlertsTopology;
import org.wirewatch.model.Statement;
import org.wirewatch.model.Story;
import org.wirewatch.model.json.Json;
import org.wirewatch.model.topics.TopicSpec;
import org.wirewatch.model.topics.Topics;
import org.wirewatch.processor.ProcessorApp;
import org.wirewatch.processor.ProcessorTopology;

/**
 * Runs stories through the real processor and alerts topologies without a broker, in {@code
 * publishedAt} order, and writes every output record as a JSON line {@code {"topic", "key",
 * "value"}}. Deterministic: the driver's wall clock follows the stories' own time, so the same
 * input gives byte-identical output (alerts' {@code detectedAt} is the story's time).
 */
public final class Replay implements AutoCloseable {

    private static final String NOWHERE = "127.0.0.1:9";

    private final TopologyTestDriver processor;
    private final TopologyTestDriver alerts;
    private final TestInputTopic<String, Story> stories;
    private final TestInputTopic<String, Statement> statementsIn;
    private final List<Output<?>> processorOutputs;
    private final Output<Statement> statementsOut;
    private final Output<?> alertsOut;
    private Instant clock;

    public Replay(Path stateDir, Instant start) {
        this.clock = start;
        this.processor = driver(
                ProcessorTopology.build(ProcessorApp.extractor()),
                ProcessorApp.settings(NOWHERE, stateDir.resolve("processor")).toProperties());
        this.alerts = driver(
                AlertsTopology.build(),
                AlertsApp.settings(NOWHERE, stateDir.resolve("alerts")).toProperties());
        this.stories = input(processor, Topics.STORIES_RAW);
        this.statementsIn = input(alerts, Topics.STATEMENTS);
        this.processorOutputs = List.of(output(processor, Topics.ARMS_TRANSFERS), output(processor, Topics.SANCTIONS));
        this.statementsOut = output(processor, Topics.STATEMENTS);
        this.alertsOut = output(alerts, Topics.STANCE_SHIFTS);
    }

    /** Replays {@code stories} (sorted here by time, then id) and writes the outputs to {@code out}. */
    public static void run(List<Story> stories, Path stateDir, Writer out) {
        List<Story> ordered = stories.stream()
                .sorted(Comparator.comparing(Story::publishedAt).thenComparing(Story::id))
                .toList();
        Instant start = ordered.isEmpty() ? Instant.EPOCH : ordered.get(0).publishedAt();
        try (Replay replay = new Replay(stateDir, start)) {
            for (Story story : ordered) {
                replay.replay(story, out);
            }
        }
    }

    private void replay(Story story, Writer out) {
        advanceTo(story.publishedAt());
        stories.pipeInput(story.id(), story, story.publishedAt());
        for (Output<?> output : processorOutputs) {
            write(out, output.topic(), output.records().readKeyValuesToList());
        }
        List<KeyValue<String, Statement>> statements = statementsOut.records().readKeyValuesToList();
        write(out, statementsOut.topic(), statements);
        for (KeyValue<String, Statement> statement : statements) {
            statementsIn.pipeInput(statement.key, statement.value, statement.value.publishedAt());
        }
        write(out, alertsOut.topic(), alertsOut.records().readKeyValuesToList());
    }

    private void advanceTo(Instant time) {
        if (time.isAfter(clock)) {
            Duration step = Duration.between(clock, time);
            processor.advanceWallClockTime(step);
            alerts.advanceWallClockTime(step);
            clock = time;
        }
    }

    private static void write(Writer out, String topic, List<? extends KeyValue<String, ?>> records) {
        ObjectMapper mapper = Json.mapper();
        try {
            for (KeyValue<String, ?> record : records) {
                ObjectNode line = mapper.createObjectNode();
                line.put("topic", topic);
                line.put("key", record.key);
                line.set("value", mapper.valueToTree(record.value));
                out.write(mapper.writeValueAsString(line));
                out.write('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
    private record Output<V>(String topic, TestOutputTopic<String, V> records) {}

    private static <V> Output<V> output(TopologyTestDriver driver, TopicSpec<String, V> topic) {
        return new Output<>(
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
