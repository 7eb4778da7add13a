package org.wirewatch.alerts.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.wirewatch.broker.KafkaBroker;
import org.wirewatch.model.Stance;
import org.wirewatch.model.topics.TopicProvisioner;
import org.wirewatch.model.topics.Topics;
import org.wirewatch.testkit.KafkaBrokerExtension;

/** {@code /api/alerts/stream} over a real broker: live alerts, and resuming after a disconnect. */
@ExtendWith(KafkaBrokerExtension.class)
class AlertStreamIT {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @TempDir
    Path stateDir;

    @Test
    void shouldStreamANewShiftAndResumeWithExactlyTheMissedOne(KafkaBroker broker) {
        // Given a running instance with an established denial
        String bootstrap = broker.bootstrapServers();
        TopicProvisioner.ensure(bootstrap, Topics.all(), Optional.of((short) 1));
        String recipient = StanceStatements.uniqueRecipient();
        String stream = "/api/alerts/stream?state=" + recipient;
        try (AlertsNode node = AlertsNode.start(bootstrap, KafkaBrokerExtension.uniqueName("alerts-sse"), stateDir);
                StanceStatements statements = new StanceStatements(bootstrap)) {
            await().atMost(WAIT).until(node::running);
            statements.send(recipient, Stance.DENY, "deny-" + recipient, 0);

            // When a client listens and Iran moves to non-denial
            String lastId;
            try (SseReader client = new SseReader(node.uri(stream), AlertsNode.TOKEN, null)) {
                assertThat(client.status()).isEqualTo(200);
                await().atMost(WAIT).until(() -> client.comments.contains("live"));
                statements.send(recipient, Stance.NON_DENIAL, "nondenial-" + recipient, 24);

                // Then it receives the alert as an event named after its topic
                await().atMost(WAIT).until(() -> client.events.size() == 1);
                SseReader.Event event = client.events.get(0);
                assertThat(event.event()).isEqualTo("alerts.stance-shifts");
                assertThat(event.data()).contains("\"NON_DENIAL\"").contains(recipient);
                lastId = event.id();
            }

            // When it is away while Iran acknowledges
            statements.send(recipient, Stance.ACKNOWLEDGE, "admit-" + recipient, 48);
            await().atMost(WAIT)
                    .until(() ->
                            node.get("/api/alerts?state=" + recipient).body().contains("ACKNOWLEDGE"));

            // Then reconnecting with its last id delivers exactly the missed alert before going live
            try (SseReader client = new SseReader(node.uri(stream), AlertsNode.TOKEN, lastId)) {
                await().atMost(WAIT).until(() -> client.comments.contains("live"));
                assertThat(client.events).singleElement().satisfies(missed -> {
                    assertThat(missed.data()).contains("\"ACKNOWLEDGE\"").contains("admit-" + recipient);
                    assertThat(missed.id()).isNotEqualTo(lastId);
                });
            }
        }
    }

    @Test
    void shouldRefuseAStreamWithAMalformedLastEventId(KafkaBroker broker) {
        String bootstrap = broker.bootstrapServers();
        TopicProvisioner.ensure(bootstrap, Topics.all(), Optional.of((short) 1));
        try (AlertsNode node = AlertsNode.start(bootstrap, KafkaBrokerExtension.uniqueName("alerts-sse"), stateDir);
                SseReader client = new SseReader(node.uri("/api/alerts/stream"), AlertsNode.TOKEN, "not-a-position")) {
            assertThat(client.status()).isEqualTo(400);
        }
    }
}
