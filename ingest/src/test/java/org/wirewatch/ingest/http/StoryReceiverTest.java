package org.wirewatch.ingest.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wirewatch.ingest.http.PostedBodies.utf8;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.wirewatch.ingest.canon.CanonicalStories;
import org.wirewatch.ingest.publish.SourceMeters;
import org.wirewatch.ingest.publish.StoryPublisher;
import org.wirewatch.model.RejectedInput;

/** {@code POST /api/stories} over a real socket on 127.0.0.1: formats, answers and rejections. */
class StoryReceiverTest {

    private final TestReceiver http = TestReceiver.open();

    @AfterEach
    void stop() {
        http.close();
    }

    static Stream<Arguments> everyAcceptedType() {
        return Stream.of(
                Arguments.of("application/json", PostedBodies.NINJS_1),
                Arguments.of(
                        "application/vnd.iptc.ninjs+json; charset=utf-8",
                        new String(PostedBodies.resource("ninjs2-germany-tanks.json"))),
                Arguments.of("application/x-ndjson", PostedBodies.JSON_LINES),
                Arguments.of("application/jsonl", PostedBodies.JSON_LINES),
                Arguments.of(
                        "application/vnd.iptc.g2.newsitem+xml",
                        new String(PostedBodies.resource("newsml-eu-sanctions.xml"))),
                Arguments.of("application/xml", new String(PostedBodies.resource("newsml-message.xml"))),
                Arguments.of(
                        "text/xml; charset=\"UTF-8\"", new String(PostedBodies.resource("newsml-eu-sanctions.xml"))),
                Arguments.of("text/plain;charset=UTF-8", PostedBodies.PLAIN_TEXT),
                Arguments.of("application/rss+xml", PostedBodies.RSS),
                Arguments.of("application/atom+xml", PostedBodies.ATOM));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyAcceptedType")
    void shouldAcceptEveryTypeAndAnswerWithTheStoryIds(String contentType, String body) {
        // When
        HttpResponse<String> response = http.post(contentType, utf8(body));

        // Then
        assertThat(response.statusCode()).isEqualTo(202);
        JsonNode ids = TestReceiver.json(response).get("ids");
        assertThat(ids).isNotEmpty();
        assertThat(http.stories.history()).extracting(ProducerRecord::key).containsExactlyElementsOf(texts(ids));
        assertThat(http.rejections.history()).isEmpty();
    }

    @Test
    void shouldPublishTheGoodLinesOfJsonLinesAndRejectTheBadOne() {
        // When
        HttpResponse<String> response = http.post("application/x-ndjson", utf8(PostedBodies.JSON_LINES_PARTLY_BAD));

        // Then
        assertThat(response.statusCode()).isEqualTo(202);
        JsonNode answer = TestReceiver.json(response);
        assertThat(texts(answer.get("ids"))).containsExactly("urn:test:http:good-1", "urn:test:http:good-2");
        assertThat(answer.get("rejected")).singleElement().satisfies(line -> {
            assertThat(line.get("part").asText()).isEqualTo("line 2");
            assertThat(line.get("reason").asText()).contains("not valid JSON");
        });
        assertThat(http.rejections.history()).singleElement().satisfies(record -> {
            assertThat(record.key()).isEqualTo("http:127.0.0.1#line=2");
            assertThat(record.value().payload()).contains("Ferry timetable changes");
        });
        assertThat(http.count(SourceMeters.PUBLISHED)).isEqualTo(2);
        assertThat(http.count(SourceMeters.REJECTED)).isEqualTo(1);
    }

    @Test
    void shouldAnswer400ForWrongJsonAndSendTheRejectionOn() {
        // When
        HttpResponse<String> response = http.post("application/json", utf8("{\"headline\": \"Harbour reopens\", "));

        // Then
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(TestReceiver.json(response).get("error").asText()).startsWith("the body is not valid JSON");
        RejectedInput rejection = http.rejections.history().get(0).value();
        assertThat(rejection.origin()).isEqualTo("http:127.0.0.1");
        assertThat(rejection.reason())
                .isEqualTo(TestReceiver.json(response).get("error").asText());
        assertThat(rejection.payload()).contains("Harbour reopens");
        assertThat(http.stories.history()).isEmpty();
        assertThat(http.count(SourceMeters.REJECTED)).isEqualTo(1);
    }

    @Test
    void shouldAnswer400ForJsonThatIsNoStory() {
        HttpResponse<String> response = http.post("application/json", utf8("[1, 2, 3]"));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(TestReceiver.json(response).get("error").asText()).startsWith("the body contains no readable story");
    }

    @Test
    void shouldAnswer400ForInvalidUtf8() {
        // Given a Latin-1 body declared as UTF-8 text
        byte[] latin1 = "Caf\u00e9 owners protest new harbour fees\nThe owners said the fees were too high.\n"
                .getBytes(StandardCharsets.ISO_8859_1);

        // When
        HttpResponse<String> response = http.post("text/plain; charset=utf-8", latin1);

        // Then
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(TestReceiver.json(response).get("error").asText()).contains("not valid UTF-8");
        assertThat(http.rejections.history()).hasSize(1);
    }

    @Test
    void shouldRefuseXmlWithAnExternalEntityAndReadNoFile() {
        // When
        HttpResponse<String> response = http.post("application/xml", utf8(PostedBodies.NEWSML_XXE));

        // Then
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("DOCTYPE").doesNotContain("root:");
        assertThat(http.stories.history()).isEmpty();
        assertThat(http.rejections.history())
                .singleElement()
                .satisfies(record -> assertThat(record.value().reason()).contains("DOCTYPE"));
    }

    @Test
    void shouldAnswer415ForAnUnknownTypeListingTheAcceptedOnes() {
        HttpResponse<String> response = http.post("application/pdf", utf8("%PDF-1.7"));

        assertThat(response.statusCode()).isEqualTo(415);
        assertThat(TestReceiver.json(response).get("error").asText())
                .contains("application/pdf")
                .contains("application/json")
                .contains("application/x-ndjson")
                .contains("application/vnd.iptc.g2.newsitem+xml")
                .contains("text/plain")
                .contains("application/rss+xml");
        assertThat(http.rejections.history()).singleElement().satisfies(record -> assertThat(record.key())
                .isEqualTo("http:127.0.0.1"));
    }

    @Test
    void shouldAnswer415ForACharsetOtherThanUtf8() {
        HttpResponse<String> response = http.post("text/plain; charset=ISO-8859-1", utf8(PostedBodies.PLAIN_TEXT));

        assertThat(response.statusCode()).isEqualTo(415);
        assertThat(TestReceiver.json(response).get("error").asText())
                .containsIgnoringCase("ISO-8859-1")
                .contains("UTF-8");
    }

    @Test
    void shouldAnswer503WithRetryAfterWhenKafkaDoesNotAcknowledge() throws Exception {
        // Given a publisher whose broker is not there (a port nobody listens on)
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        try (StoryPublisher unreachable =
                        StoryPublisher.connect("127.0.0.1:" + port, Duration.ofSeconds(1), new CanonicalStories());
                TestReceiver down = TestReceiver.publishingTo(unreachable)) {

            // When
            HttpResponse<String> response = down.post("text/plain", utf8(PostedBodies.PLAIN_TEXT));

            // Then
            assertThat(response.statusCode()).isEqualTo(503);
            assertThat(response.headers().firstValue("Retry-After")).hasValue("10");
            assertThat(TestReceiver.json(response).get("error").asText()).contains("again later");
        }
    }

    @Test
    void shouldServeHealthAndPrometheusMetricsPerSource() {
        // Given a body with two good lines and a bad one, posted twice: the second time its stories
        // are exact duplicates of the first's, left out
        http.post("application/x-ndjson", utf8(PostedBodies.JSON_LINES_PARTLY_BAD));
        http.post("application/x-ndjson", utf8(PostedBodies.JSON_LINES_PARTLY_BAD));

        // When
        HttpResponse<String> health = http.get("/health");
        HttpResponse<String> metrics = http.get("/metrics");

        // Then
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(TestReceiver.json(health).get("status").asText()).isEqualTo("UP");
        assertThat(metrics.body())
                .contains("wirewatch_ingest_received_total{source=\"http\"} 2.0")
                .contains("wirewatch_ingest_published_total{source=\"http\"} 2.0")
                .contains("wirewatch_ingest_duplicates_total{source=\"http\"} 2.0")
                .contains("wirewatch_ingest_rejected_total{source=\"http\"} 2.0")
                .contains("wirewatch_ingest_last_success_seconds{source=\"http\"} 1.7145648E9");
    }

    private static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(node -> values.add(node.asText()));
        return values;
    }
}
