package org.wirewatch.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wirewatch.app.Wirewatch;
import picocli.CommandLine;

class IngestCommandTest {

    @TempDir
    Path dir;

    @Test
    void shouldRefuseToStartWithAFeedsFileItCannotUse() throws Exception {
        // Given a feeds file with a feed polled every second
        Path file = Files.writeString(
                dir.resolve("feeds.json"),
                "{\"feeds\": [{\"name\": \"harbour\", \"url\": \"https://news.example.org/rss\", \"interval\": \"PT1S\"}]}");
        StringWriter err = new StringWriter();
        CommandLine command = new CommandLine(new Wirewatch()).setErr(new PrintWriter(err));

        // When ingest starts with it
        int exit = command.execute(
                "ingest",
                "--bootstrap-servers",
                "127.0.0.1:9",
                "--inbox",
                dir.resolve("inbox").toString(),
                "--feeds",
                file.toString());

        // Then it stops before touching Kafka, with a usage error naming the feed and the problem
        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("feeds[0] (harbour): interval PT1S must be between PT10S and PT24H");
    }

    @Test
    void shouldRefuseAFeedUrlThatIsNotHttp() {
        StringWriter err = new StringWriter();
        CommandLine command = new CommandLine(new Wirewatch()).setErr(new PrintWriter(err));

        int exit = command.execute("ingest", "--bootstrap-servers", "127.0.0.1:9", "--feed", "file:///etc/passwd");

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("url 'file:///etc/passwd' must be an absolute http or https URL");
    }

    @Test
    void shouldRefuseToServeTheReceiverBeyondLoopbackWithoutAToken() {
        // Given ingest asked to receive stories on every address, with no token
        StringWriter err = new StringWriter();
        CommandLine command = new CommandLine(new Wirewatch()).setErr(new PrintWriter(err));

        // When it starts
        int exit = command.execute(
                "ingest", "--bootstrap-servers", "127.0.0.1:9", "--http-bind", "0.0.0.0", "--token", "");

        // Then it stops before touching Kafka, with a usage error that says why
        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("story receiver").contains("without a token");
    }

    @Test
    void shouldRefuseAPortOutOfRange() {
        StringWriter err = new StringWriter();
        CommandLine command = new CommandLine(new Wirewatch()).setErr(new PrintWriter(err));

        int exit = command.execute("ingest", "--bootstrap-servers", "127.0.0.1:9", "--http-port", "70000");

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("0..65535");
    }
}
