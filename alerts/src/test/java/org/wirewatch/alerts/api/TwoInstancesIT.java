package org.wirewatch.alerts.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.wirewatch.broker.KafkaBroker;
import org.wirewatch.model.Stance;
import org.wirewatch.model.json.Json;
import org.wirewatch.model.topics.TopicProvisioner;
import org.wirewatch.model.topics.Topics;
import org.wirewatch.testkit.KafkaBrokerExtension;

/**
 * Two instances of one alerts application, each owning some partitions: either answers for all,
 * gathering lists from both and forwarding a line's history to the instance that owns it.
 */
@ExtendWith(KafkaBrokerExtension.class)
class TwoInstancesIT {

    private static final Duration WAIT = Duration.ofSeconds(90);
    /** Enough lines that, spread over 6 partitions, both instances own some. */
    private static final int LINES = 10;

    @TempDir
    Path stateA;

    @TempDir
    Path stateB;

    @Test
    void shouldAnswerTheSameFromEitherInstance(KafkaBroker broker) throws Exception {
        // Given two running instances of one application
        String bootstrap = broker.bootstrapServers();
        TopicProvisioner.ensure(bootstrap, Topics.all(), Optional.of((short) 1));
        String applicationId = KafkaBrokerExtension.uniqueName("alerts-pair");
        try (AlertsNode a = AlertsNode.start(bootstrap, applicationId, stateA);
                AlertsNode b = AlertsNode.start(bootstrap, applicationId, stateB);
                StanceStatements statements = new StanceStatements(bootstrap)) {
            await().atMost(WAIT).until(() -> a.running() && b.running());
            await().atMost(WAIT)
                    .until(() ->
                            a.service.streams().metadataForAllStreamsClients().size() == 2
                                    && b.service
                                                    .streams()
                                                    .metadataForAllStreamsClients()
                                                    .size()
                                            == 2);

            // When Iran shifts on many lines, spread over the partitions
            List<String> recipients = new ArrayList<>();
            for (int i = 0; i < LINES; i++) {
                String recipient = StanceStatements.uniqueRecipient();
                recipients.add(recipient);
                statements.send(recipient, Stance.DENY, "deny-" + recipient, 0);
                statements.send(recipient, Stance.NON_DENIAL, "nondenial-" + recipient, 24);
            }
            String query = "/api/alerts?limit=500&state=" + String.join(",", recipients);

            // Then /api/alerts on either instance lists every line's alert
            await().atMost(WAIT).untilAsserted(() -> {
                HttpResponse<String> fromA = a.get(query);
                HttpResponse<String> fromB = b.get(query);
                assertThat(alertCount(fromA))
                        .as("A: %s %s", a.service.state(), fromA.body())
                        .isEqualTo(LINES);
                assertThat(alertCount(fromB))
                        .as("B: %s %s", b.service.state(), fromB.body())
                        .isEqualTo(LINES);
            });

            // ... though each instance holds only some of them itself
            String internal = query.replace("/api/", "/internal/");
            int onA = alertCount(a.get(internal));
            int onB = alertCount(b.get(internal));
            assertThat(onA + onB).isEqualTo(LINES);
            assertThat(onA).isLessThan(LINES);
            assertThat(onB).isLessThan(LINES);

            // And every line's history is the same from either, the non-owner forwarding to the owner
            Set<Integer> localStatuses = new HashSet<>();
            for (String recipient : recipients) {
                String path = "/api/stances/"
                        + URLEncoder.encode(StanceStatements.key(recipient), StandardCharsets.UTF_8) + "/history";
                HttpResponse<String> fromA = a.get(path);
                HttpResponse<String> fromB = b.get(path);
                assertThat(fromA.statusCode()).as(fromA.body()).isEqualTo(200);
                assertThat(fromB.statusCode()).as(fromB.body()).isEqualTo(200);
                assertThat(Json.mapper().readTree(fromA.body()))
                        .isEqualTo(Json.mapper().readTree(fromB.body()));
                assertThat(Json.mapper().readTree(fromA.body()).get("points")).hasSize(2);
                localStatuses.add(a.get(path.replace("/api/", "/internal/")).statusCode());
            }
            // A answered some lines from its own store (200) and forwarded the others (404 locally)
            assertThat(localStatuses).containsExactlyInAnyOrder(200, 404);
        }
    }

    private static int alertCount(HttpResponse<String> response) throws Exception {
        if (response.statusCode() != 200) {
            return -1;
        }
        JsonNode alerts = Json.mapper().readTree(response.body());
        return alerts.size();
    }
}
