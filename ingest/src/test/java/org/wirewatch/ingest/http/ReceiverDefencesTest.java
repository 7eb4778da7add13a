package org.wirewatch.ingest.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.wirewatch.ingest.http.PostedBodies.utf8;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.wirewatch.ingest.publish.SourceMeters;
import org.wirewatch.model.RejectedInput;

/** The receiver against clients that lack the token, send too much, or send too slowly. */
class ReceiverDefencesTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    private final ScheduledExecutorService dribbler = Executors.newSingleThreadScheduledExecutor();

    @AfterEach
    void stopDribbling() {
        dribbler.shutdownNow();
    }

    @Test
    void shouldAnswer401WithoutTheTokenAndLeaveHealthOpen() {
        try (TestReceiver http = TestReceiver.with(ReceiverSettings.of("127.0.0.1", 0, TestReceiver.TOKEN))) {
            byte[] story = utf8(PostedBodies.PLAIN_TEXT);

            assertThat(http.post("text/plain", story).statusCode()).isEqualTo(401);
            assertThat(http.post("text/plain", story, "Authorization", "Bearer wrong-token-0123456789")
                            .statusCode())
                    .isEqualTo(401);
            assertThat(http.get("/metrics").statusCode()).isEqualTo(401);
            HttpResponse<String> refused = http.post("text/plain", story);
            assertThat(TestReceiver.json(refused).get("error").asText()).contains("token");
            assertThat(http.get("/health").statusCode()).isEqualTo(200);
            assertThat(http.stories.history()).isEmpty();

            assertThat(http.post("text/plain", story, "Authorization", "Bearer " + TestReceiver.TOKEN)
                            .statusCode())
                    .isEqualTo(202);
            assertThat(http.stories.history()).hasSize(1);
        }
    }

    @Test
    void shouldAnswer413OnContentLengthBeforeReadingTheBody() throws IOException {
        try (TestReceiver http = TestReceiver.open();
                Socket socket = http.connect()) {
            // When a client announces 100 MB and sends none of it
            long declared = 100L * 1024 * 1024;
            write(
                    socket,
                    "POST /api/stories HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: text/plain\r\n" + "Content-Length: "
                            + declared + "\r\n\r\n");

            // Then the answer comes at once
            String response = readResponse(socket);
            assertThat(response).startsWith("HTTP/1.1 413").contains("over the limit of " + TestReceiver.MAX_BYTES);
            RejectedInput rejection = http.rejections.history().get(0).value();
            assertThat(rejection.payloadBytes()).isEqualTo(declared);
            assertThat(rejection.reason()).contains("declares " + declared + " bytes");
        }
    }

    @Test
    void shouldCutOffAChunkedBodyAtTheLimit() throws IOException {
        try (TestReceiver http = TestReceiver.open();
                Socket socket = http.connect()) {
            // When a chunked body runs past the limit (no Content-Length to refuse it on)
            write(
                    socket,
                    "POST /api/stories HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: text/plain\r\n"
                            + "Transfer-Encoding: chunked\r\n\r\n");
            String chunk = "x".repeat(4096);
            for (long sent = 0; sent <= TestReceiver.MAX_BYTES; sent += chunk.length()) {
                write(socket, Integer.toHexString(chunk.length()) + "\r\n" + chunk + "\r\n");
            }

            // Then
            assertThat(readResponse(socket)).startsWith("HTTP/1.1 413");
            RejectedInput rejection = http.rejections.history().get(0).value();
            assertThat(rejection.reason()).contains("larger than the limit");
            assertThat(rejection.payloadBytes()).isEqualTo(TestReceiver.MAX_BYTES + 1);
            assertThat(http.stories.history()).isEmpty();
        }
    }

    @Test
    void shouldRefuseOversizedHeaders() {
        try (TestReceiver http = TestReceiver.open()) {
            HttpResponse<String> response =
                    http.post("text/plain", utf8(PostedBodies.PLAIN_TEXT), "X-Padding", "p".repeat(16 * 1024));

            assertThat(response.statusCode()).isEqualTo(431);
            assertThat(http.stories.history()).isEmpty();
        }
    }

    @Test
    void shouldCutOffASlowlorisBodyAtTheDeadlineWhileServingOthers() throws IOException {
        // Given a deadline far shorter than the idle timeout: a client that sends a byte every
        // 100 ms is never idle
        ReceiverSettings settings =
                new ReceiverSettings("127.0.0.1", 0, null, Duration.ofSeconds(30), Duration.ofSeconds(2));
        try (TestReceiver http = TestReceiver.with(settings);
                Socket slow = http.connect()) {
            write(
                    slow,
                    "POST /api/stories HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: text/plain\r\n"
                            + "Content-Length: 10000\r\n\r\nH");
            dribbler.scheduleAtFixedRate(() -> dribble(slow), 100, 100, TimeUnit.MILLISECONDS);

            // When another client posts meanwhile
            HttpResponse<String> other = http.post("text/plain", utf8(PostedBodies.PLAIN_TEXT));

            // Then it is served, and the slow one is cut off and rejected with the reason
            assertThat(other.statusCode()).isEqualTo(202);
            await().atMost(WAIT).until(() -> TestReceiver.closedByServer(slow));
            await().atMost(WAIT).untilAsserted(() -> assertThat(http.rejections.history())
                    .singleElement()
                    .satisfies(record -> assertThat(record.value().reason()).contains("not received within 2 s")));
            assertThat(http.count(SourceMeters.REJECTED)).isEqualTo(1);
        }
    }

    @Test
    void shouldCloseAHalfOpenConnectionAfterTheIdleTimeoutWhileServingOthers() throws IOException {
        ReceiverSettings settings =
                new ReceiverSettings("127.0.0.1", 0, null, Duration.ofMillis(500), Duration.ofSeconds(30));
        try (TestReceiver http = TestReceiver.with(settings);
                Socket halfOpen = http.connect()) {
            // Given a client that sends half a request line and then nothing
            write(halfOpen, "POST /api/sto");

            // When another client posts meanwhile
            HttpResponse<String> other = http.post("text/plain", utf8(PostedBodies.PLAIN_TEXT));

            // Then
            assertThat(other.statusCode()).isEqualTo(202);
            await().atMost(WAIT).until(() -> TestReceiver.closedByServer(halfOpen));
        }
    }

    private void dribble(Socket socket) {
        try {
            OutputStream out = socket.getOutputStream();
            out.write('a');
            out.flush();
        } catch (IOException e) {
            // Cut off by the server: what the test waits for.
            dribbler.shutdown();
        }
    }

    private static void write(Socket socket, String text) throws IOException {
        OutputStream out = socket.getOutputStream();
        out.write(text.getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    /** The status line, headers and body, up to the server closing or a read timeout. */
    private static String readResponse(Socket socket) throws IOException {
        InputStream in = socket.getInputStream();
        StringBuilder response = new StringBuilder();
        byte[] buffer = new byte[4096];
        try {
            for (int n; (n = in.read(buffer)) > 0; ) {
                response.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
                if (response.indexOf("}") > 0) {
                    break;
                }
            }
        } catch (IOException e) {
            if (response.isEmpty()) {
                throw e;
            }
        }
        return response.toString();
    }
}
