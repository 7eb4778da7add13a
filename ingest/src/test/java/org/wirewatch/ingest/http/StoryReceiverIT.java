package org.wirewatch.ingest.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.wirewatch.broker.KafkaBroker;
import org.wirewatch.ingest.IngestService;
import org.wirewatch.ingest.IngestSettings;
import org.wirewatch.model.RejectedInput;
import org.wirewatch.model.Story;
import org.wirewatch.model.topics.TopicProvisioner;
import org.wirewatch.model.topics.Topics;
import org.wirewatch.testkit.KafkaBrokerExtension;
import org.wirewatch.testkit.TopicTail;

/**
 * The ingest service's receiver against a real broker: every format posted reaches {@code
 * stories.raw}, and refused bodies reach {@code stories.rejected}. The broker is shared with other
 * tests, so every story here carries this test's own mark and only those are counted.
 */
@ExtendWith(KafkaBrokerExtension.class)
class StoryReceiverIT {

    private static final Duration WAIT = Duration.ofSeconds(30);

    private final String mark = UUID.randomUUID().toString().substring(0, 8);
    private final String bootstrapServers;
    private final HttpClient client = HttpClient.newHttpClient();

    @TempDir
    Path inbox;

    StoryReceiverIT(KafkaBroker broker) {
        this.bootstrapServers = broker.bootstrapServers();
    }

    @BeforeAll
    static void createTopics(KafkaBroker broker) {
        TopicProvisioner.ensure(
                broker.bootstrapServers(), List.of(Topics.STORIES_RAW, Topics.STORIES_REJECTED), Optional.of((short)
                        1));
    }

    @Test
    void shouldPublishEveryPostedFormatToStoriesRaw() throws Exception {
        // Given one body per format, each story marked with this test's mark
        Map<String, String> bodies = Map.of(
                "application/vnd.iptc.ninjs+json", ninjs(),
                "application/x-ndjson", jsonLines(),
                "application/vnd.iptc.g2.newsitem+xml", newsml(),
                "text/plain",
                        "Harbour cranes idle after power cut\nCranes stood idle for six hours (ref " + mark + ").\n",
                "application/rss+xml", PostedBodies.RSS.replace("hw-2001", "hw-" + mark));

        try (IngestService ingest = started();
                TopicTail<String, Story> stories = new TopicTail<>(bootstrapServers, Topics.STORIES_RAW)) {
            // When
            for (Map.Entry<String, String> body : bodies.entrySet()) {
                HttpResponse<String> response = post(ingest, body.getKey(), body.getValue());
                assertThat(response.statusCode()).as(body.getKey()).isEqualTo(202);
            }

            // Then
            List<ConsumerRecord<String, Story>> mine =
                    await().atMost(WAIT).until(() -> stories.read(this::isMine), records -> records.size() == 6);
            assertThat(mine).allSatisfy(record -> assertThat(record.key())
                    .isEqualTo(record.value().id()));
            assertThat(mine)
                    .extracting(ConsumerRecord::key)
                    .contains(
                            "urn:test:" + mark + ":ninjs",
                            "urn:test:" + mark + ":line-1",
                            "urn:test:" + mark + ":line-2",
                            "urn:test:" + mark + ":newsml",
                            "hw-" + mark);
            assertThat(ingest.counts().storiesPublished()).isEqualTo(6);
        }
    }

    @Test
    void shouldSendRefusedBodiesToStoriesRejected() throws Exception {
        try (IngestService ingest = started();
                TopicTail<String, RejectedInput> rejected =
                        new TopicTail<>(bootstrapServers, Topics.STORIES_REJECTED)) {
            // When
            HttpResponse<String> response =
                    post(ingest, "application/json", "{\"headline\": \"Ferry delayed (ref " + mark + ")\", ");

            // Then
            assertThat(response.statusCode()).isEqualTo(400);
            ConsumerRecord<String, RejectedInput> record = await().atMost(WAIT)
                    .until(() -> rejected.read(r -> r.value().payload().contains(mark)), records -> records.size() == 1)
                    .get(0);
            assertThat(record.key()).isEqualTo("http:127.0.0.1");
            assertThat(record.value().reason()).startsWith("the body is not valid JSON");
        }
    }

    private IngestService started() {
        IngestService ingest = new IngestService(
                new IngestSettings(
                        bootstrapServers,
                        inbox,
                        Duration.ofMillis(50),
                        1024 * 1024,
                        "inbox",
                        Duration.ofSeconds(15),
                        Clock.systemUTC()),
                Optional.of(ReceiverSettings.of("127.0.0.1", 0, null)),
                new PrometheusMeterRegistry(PrometheusConfig.DEFAULT));
        ingest.start();
        return ingest;
    }

    private HttpResponse<String> post(IngestService ingest, String contentType, String body) throws Exception {
        int port = ingest.receiverAddress().orElseThrow().getPort();
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + StoryReceiver.STORIES_PATH))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private boolean isMine(ConsumerRecord<String, Story> record) {
        return record.value().id().contains(mark) || record.value().body().contains(mark);
    }

    private String ninjs() {
        return """
                {"uri": "urn:test:%s:ninjs", "versioncreated": "2024-04-30T08:15:00Z", "copyrightholder": "Harbour Wire",
                 "headline": "Port authority reopens northern grain terminal",
                 "body_text": "The port authority said the northern grain terminal would reopen next week."}
                """.formatted(mark);
    }

    private String jsonLines() {
        // Each line its own text: the same text twice would be an exact duplicate, dropped at the edge.
        String line = "{\"id\": \"urn:test:%s:%s\", \"source\": \"Valley Courier\", \"headline\": \"Council backs"
                + " bridge repairs\", \"body\": \"The council voted for the repairs of the %s bridge.\","
                + " \"publishedAt\": \"2024-04-29T18:00:00Z\"}\n";
        return line.formatted(mark, "line-1", "north") + line.formatted(mark, "line-2", "south");
    }

    private String newsml() {
        return new String(PostedBodies.resource("newsml-eu-sanctions.xml"), StandardCharsets.UTF_8)
                .replace("urn:newsml:northwire.test:20231214:eu-sanctions-drone-parts", "urn:test:" + mark + ":newsml");
    }
}
