package org.wirewatch.alerts.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.wirewatch.alerts.AlertsApp;
import org.wirewatch.broker.KafkaBroker;
import org.wirewatch.model.Stance;
import org.wirewatch.model.json.Json;
import org.wirewatch.model.topics.TopicProvisioner;
import org.wirewatch.model.topics.Topics;
import org.wirewatch.testkit.KafkaBrokerExtension;

/**
 * {@code /api/pipeline} over a real broker and real HTTP. The broker's topics are shared with other
 * tests, so it asserts on its own story and on a change of the dead-letter count; no test in this
 * module runs the processor, so nothing else writes {@code processor.dead-letters} meanwhile.
 */
@ExtendWith(KafkaBrokerExtension.class)
class PipelineHealthIT {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final TopicPartition DEAD_LETTERS = new TopicPartition(Topics.PROCESSOR_DEAD_LETTERS.name(), 0);

    @TempDir
    Path stateDir;

    @Test
    void shouldReportTheNewestStoryAndCountADeadLetterWrittenInATransactionOnce(KafkaBroker broker) throws Exception {
        // Given a running instance that has counted the processor's dead letters so far
        String bootstrap = broker.bootstrapServers();
        TopicProvisioner.ensure(bootstrap, Topics.all(), Optional.of((short) 1));
        try (AlertsNode node =
                        AlertsNode.start(bootstrap, KafkaBrokerExtension.uniqueName("alerts-pipeline"), stateDir);
                Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            JsonNode counted = await().atMost(WAIT).until(() -> pipeline(node), p -> p.at("/deadLetters/processor")
                    .isNumber());
            long deadLettersBefore = counted.at("/deadLetters/processor").asLong();
            long endOffsetBefore = endOffset(admin);
            Instant beforeProducing = Instant.now().truncatedTo(ChronoUnit.MILLIS);

            // When a story arrives, and a dead letter is written in a transaction as the processor does
            RawStories.send(bootstrap, "Pipeline health");
            sendDeadLetterInTransaction(bootstrap);

            // Then the page is told when the newest story came, and the dead letter counts once
            await().atMost(WAIT).untilAsserted(() -> {
                JsonNode health = pipeline(node);
                assertThat(health.get("lastStoryAt").isTextual())
                        .as(health.toString())
                        .isTrue();
                assertThat(Instant.parse(health.get("lastStoryAt").asText())).isAfterOrEqualTo(beforeProducing);
                assertThat(health.at("/deadLetters/processor").asLong()).isEqualTo(deadLettersBefore + 1);
            });
            assertThat(endOffset(admin) - endOffsetBefore)
                    .as("the record and its transaction's commit marker")
                    .isEqualTo(2);

            // And the Prometheus counter says the same, and the rate is known once two samples are
            await().atMost(WAIT)
                    .untilAsserted(() -> assertThat(node.get("/metrics").body())
                            .containsPattern("wirewatch_dead_letters_total\\{service=\"processor\",topic=\""
                                    + Topics.PROCESSOR_DEAD_LETTERS.name() + "\"} " + (deadLettersBefore + 1)
                                    + "\\.0\\n"));
            JsonNode health = await().atMost(WAIT)
                    .until(() -> pipeline(node), p -> p.get("storiesPerSecond").isNumber());
            assertThat(health.get("storiesPerSecond").asDouble()).isNotNegative();
        }
    }

    @Test
    void shouldReportTheLagOfAGroupThatCommittedAndNoneForOneThatNeverRan(KafkaBroker broker) {
        // Given the alerts service under its real group id, and no processor in this test run
        String bootstrap = broker.bootstrapServers();
        TopicProvisioner.ensure(bootstrap, Topics.all(), Optional.of((short) 1));
        String recipient = StanceStatements.uniqueRecipient();
        try (AlertsNode node = AlertsNode.start(bootstrap, AlertsApp.APPLICATION_ID, stateDir);
                StanceStatements statements = new StanceStatements(bootstrap)) {
            await().atMost(WAIT).until(node::running);

            // When it reads a statement (written without a transaction: no commit marker)
            statements.send(recipient, Stance.DENY, "deny-" + recipient, 0);

            // Then its group has caught up, and the processor's has no lag to tell, not 0
            await().atMost(WAIT).untilAsserted(() -> {
                JsonNode lag = pipeline(node).get("consumerLag");
                assertThat(lag.get("alerts").isNumber()).as(lag.toString()).isTrue();
                assertThat(lag.get("alerts").asLong()).isZero();
                assertThat(lag.get("processor").isNull()).as(lag.toString()).isTrue();
            });
        }
    }

    private static JsonNode pipeline(AlertsNode node) throws Exception {
        var response = node.get("/api/pipeline");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Json.mapper().readTree(response.body());
    }

    private static long endOffset(Admin admin) throws Exception {
        return admin.listOffsets(Map.of(DEAD_LETTERS, OffsetSpec.latest()))
                .partitionResult(DEAD_LETTERS)
                .get()
                .offset();
    }

    private static void sendDeadLetterInTransaction(String bootstrap) {
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(
                Map.of(
                        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        bootstrap,
                        ProducerConfig.TRANSACTIONAL_ID_CONFIG,
                        KafkaBrokerExtension.uniqueName("pipeline-dead-letter")),
                new ByteArraySerializer(),
                new ByteArraySerializer())) {
            producer.initTransactions();
            producer.beginTransaction();
            producer.send(new ProducerRecord<>(
                    DEAD_LETTERS.topic(),
                    "broken".getBytes(StandardCharsets.UTF_8),
                    "{not a story".getBytes(StandardCharsets.UTF_8)));
            producer.commitTransaction();
        }
    }
}
