package org.wirewatch.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.wirewatch.app.Wirewatch;
import picocli.CommandLine;

class IngestCommandTest {

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
