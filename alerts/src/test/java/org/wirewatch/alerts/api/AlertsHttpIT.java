package org.wirewatch.alerts.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.wirewatch.broker.KafkaBroker;
import org.wirewatch.model.Stance;
import org.wirewatch.model.access.AccessGate;
import org.wirewatch.model.json.Json;
import org.wirewatch.model.topics.TopicProvisioner;
import org.wirewatch.model.topics.Topics;
import org.wirewatch.testkit.KafkaBrokerExtension;

/** The API of one alerts instance over a real broker and real HTTP. */
@ExtendWith(KafkaBrokerExtension.class)
class AlertsHttpIT {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @TempDir
    Path stateDir;

    @Test
    void shouldServeAlertsStancesHistoryReadinessAndMetricsBehindTheToken(KafkaBroker broker) throws Exception {
        // Given a running instance, and Iran moving from denial to non-denial on arms to a recipient
        String bootstrap = broker.bootstrapServers();
        TopicProvisioner.ensure(bootstrap, Topics.all(), Optional.of((short) 1));
        String recipient = StanceStatements.uniqueRecipient();
        String key = StanceStatements.key(recipient);
        try (AlertsNode node = AlertsNode.start(bootstrap, KafkaBrokerExtension.uniqueName("alerts-api"), stateDir);
                StanceStatements statements = new StanceStatements(bootstrap)) {
            await().atMost(WAIT).until(node::running);
            statements.send(recipient, Stance.DENY, "deny-" + recipient, 0);
            statements.send(recipient, Stance.NON_DENIAL, "nondenial-" + recipient, 24);

            // When the API is asked; Then the alert is listed
            await().atMost(WAIT)
                    .until(() ->
                            json(node.get("/api/alerts?state=" + recipient)).size() == 1);
            JsonNode alert = json(node.get(
                            "/api/alerts?state=" + recipient + "&type=alerts.stance-shifts&kind=ARMS_TRANSFER"))
                    .get(0);
            assertThat(alert.get("type").asText()).isEqualTo("alerts.stance-shifts");
            assertThat(alert.at("/stanceShift/to/stance").asText()).isEqualTo("NON_DENIAL");

            // And Iran's current position on that line is the new one
            JsonNode stances = json(node.get("/api/states/IRN/stances"));
            assertThat(stances.findParents("key").stream()
                            .filter(s -> s.get("key").asText().equals(key)))
                    .singleElement()
                    .satisfies(s -> assertThat(s.get("stance").asText()).isEqualTo("NON_DENIAL"));

            // And the line's history shows both statements with their evidence
            JsonNode history =
                    json(node.get("/api/stances/" + URLEncoder.encode(key, StandardCharsets.UTF_8) + "/history"));
            assertThat(history.get("key").asText()).isEqualTo(key);
            assertThat(history.get("points")).hasSize(2);
            assertThat(history.at("/points/0/stance").asText()).isEqualTo("DENY");
            assertThat(history.at("/points/0/evidence/storyId").asText()).isEqualTo("deny-" + recipient);
            assertThat(history.at("/points/1/stance").asText()).isEqualTo("NON_DENIAL");
            assertThat(history.at("/points/1/evidence/storyId").asText()).isEqualTo("nondenial-" + recipient);

            // And it is ready
            assertThat(node.get("/ready").statusCode()).isEqualTo(200);
            assertThat(node.get("/health", null).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void shouldRefuseEveryEndpointButHealthWithoutTheToken(KafkaBroker broker) {
        // Given a running instance
        String bootstrap = broker.bootstrapServers();
        TopicProvisioner.ensure(bootstrap, Topics.all(), Optional.of((short) 1));
        try (AlertsNode node = AlertsNode.start(bootstrap, KafkaBrokerExtension.uniqueName("alerts-api"), stateDir)) {
            // Then without a token, or with a wrong one, every endpoint but /health answers 401
            for (String path : new String[] {
                "/api/alerts", "/api/states/IRN/stances", "/api/pipeline", "/ready", "/metrics", "/internal/alerts"
            }) {
                assertThat(node.get(path, null).statusCode()).as(path).isEqualTo(401);
                assertThat(node.get(path, "wrong-token-0123456789").statusCode())
                        .as(path)
                        .isEqualTo(401);
            }
            assertThat(node.get("/health", null).statusCode()).isEqualTo(200);
            assertThat(node.get("/api/alerts", null).body()).contains("\"error\"");

            // And /login turns the token into an HttpOnly, SameSite=Strict cookie
            var login = node.get("/login?token=" + AlertsNode.TOKEN, null);
            assertThat(login.statusCode()).isEqualTo(302);
            assertThat(login.headers().firstValue("Set-Cookie").orElseThrow())
                    .contains(AccessGate.COOKIE + "=" + AlertsNode.TOKEN)
                    .containsIgnoringCase("HttpOnly")
                    .containsIgnoringCase("SameSite=Strict");
        }
    }

    @Test
    void shouldAnswerBadParametersWith400AndAnUnknownLineWith404(KafkaBroker broker) {
        String bootstrap = broker.bootstrapServers();
        TopicProvisioner.ensure(bootstrap, Topics.all(), Optional.of((short) 1));
        try (AlertsNode node = AlertsNode.start(bootstrap, KafkaBrokerExtension.uniqueName("alerts-api"), stateDir)) {
            await().atMost(WAIT).until(node::running);

            assertThat(node.get("/api/alerts?severity=TERRIBLE").statusCode()).isEqualTo(400);
            assertThat(node.get("/api/alerts?since=yesterday").statusCode()).isEqualTo(400);
            assertThat(node.get("/api/alerts?limit=0").statusCode()).isEqualTo(400);
            assertThat(node.get("/api/states/iran!/stances").statusCode()).isEqualTo(400);
            assertThat(node.get("/api/stances/no-bar/history").statusCode()).isEqualTo(400);
            await().atMost(WAIT)
                    .until(() -> node.get("/api/stances/IRN%7CARMS_TRANSFER%3AIRN%3EQZZZ/history")
                                    .statusCode()
                            == 404);
        }
    }

    @Test
    void shouldCountPublishedAlertsAndExposeKafkaStreamsMetrics(KafkaBroker broker) throws Exception {
        // Given a running instance
        String bootstrap = broker.bootstrapServers();
        TopicProvisioner.ensure(bootstrap, Topics.all(), Optional.of((short) 1));
        String recipient = StanceStatements.uniqueRecipient();
        try (AlertsNode node = AlertsNode.start(bootstrap, KafkaBrokerExtension.uniqueName("alerts-api"), stateDir);
                StanceStatements statements = new StanceStatements(bootstrap)) {
            await().atMost(WAIT).until(node::running);

            // When a shift is published
            statements.send(recipient, Stance.DENY, "deny-" + recipient, 0);
            statements.send(recipient, Stance.ACKNOWLEDGE, "admit-" + recipient, 24);

            // Then /metrics counts it, next to Kafka Streams' and the topic counters
            await().atMost(WAIT)
                    .untilAsserted(() -> assertThat(node.get("/metrics").body())
                            .contains("wirewatch_alerts_total{severity=\"HIGH\",type=\"alerts.stance-shifts\"}"));
            String metrics = node.get("/metrics").body();
            assertThat(metrics).contains("kafka_stream_").contains("wirewatch_mentions_out_total");
            assertThat(node.get("/metrics").headers().firstValue("Content-Type").orElseThrow())
                    .startsWith("text/plain");
        }
    }

    private static JsonNode json(java.net.http.HttpResponse<String> response) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Json.mapper().readTree(response.body());
    }
}
