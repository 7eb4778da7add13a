package org.wirewatch.alerts;

import java.nio.file.Path;
import java.time.Instant;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.wirewatch.alerts.stance.SpeakerStandings;
import org.wirewatch.model.ArmsTransferMention;
import org.wirewatch.model.NewTransferAlert;
import org.wirewatch.model.SanctionAlert;
import org.wirewatch.model.SanctionMention;
import org.wirewatch.model.StanceShiftAlert;
import org.wirewatch.model.Statement;
import org.wirewatch.model.topics.TopicSpec;
import org.wirewatch.model.topics.Topics;

/** The alerts topology under {@link TopologyTestDriver}, with its inputs and outputs typed. */
public final class AlertsDriver implements AutoCloseable {

    private final TopologyTestDriver driver;
    private final TestInputTopic<String, Statement> statements;
    private final TestInputTopic<String, ArmsTransferMention> transfers;
    private final TestInputTopic<String, SanctionMention> sanctions;
    public final TestOutputTopic<String, StanceShiftAlert> stanceShifts;
    public final TestOutputTopic<String, NewTransferAlert> newTransfers;
    public final TestOutputTopic<String, SanctionAlert> sanctionAlerts;

    public AlertsDriver(Path stateDir, AlertsConfig config, Instant start) {
        driver = new TopologyTestDriver(
                AlertsTopology.build(config),
                AlertsApp.settings("127.0.0.1:9", stateDir).toProperties(),
                start);
        statements = input(Topics.STATEMENTS);
        transfers = input(Topics.ARMS_TRANSFERS);
        sanctions = input(Topics.SANCTIONS);
        stanceShifts = output(Topics.STANCE_SHIFTS);
        newTransfers = output(Topics.NEW_TRANSFERS);
        sanctionAlerts = output(Topics.SANCTION_ALERTS);
    }

    public AlertsDriver(Path stateDir, Instant start) {
        this(stateDir, AlertsConfig.defaults(SpeakerStandings.unknown()), start);
    }

    public void send(Statement statement) {
        statements.pipeInput(statement.key(), statement, statement.publishedAt());
    }

    /** Mentions are keyed by story on their topic, as the processor writes them. */
    public void send(ArmsTransferMention mention) {
        transfers.pipeInput(mention.storyId(), mention, mention.publishedAt());
    }

    public void send(SanctionMention mention) {
        sanctions.pipeInput(mention.storyId(), mention, mention.publishedAt());
    }

    public TopologyTestDriver driver() {
        return driver;
    }

    private <V> TestInputTopic<String, V> input(TopicSpec<String, V> topic) {
        return driver.createInputTopic(
                topic.name(), topic.keySerde().serializer(), topic.valueSerde().serializer());
    }

    private <V> TestOutputTopic<String, V> output(TopicSpec<String, V> topic) {
        return driver.createOutputTopic(
                topic.name(),
                topic.keySerde().deserializer(),
                topic.valueSerde().deserializer());
    }

    @Override
    public void close() {
        driver.close();
    }
}
