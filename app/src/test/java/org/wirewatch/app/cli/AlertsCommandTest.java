package org.wirewatch.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.wirewatch.app.Wirewatch;
import picocli.CommandLine;

class AlertsCommandTest {

    @Test
    void shouldRefuseToServeTheApiBeyondLoopbackWithoutAToken() {
        // Given the alerts service asked to listen on every address, with no token
        StringWriter err = new StringWriter();
        CommandLine command = new CommandLine(new Wirewatch()).setErr(new PrintWriter(err));

        // When it starts
        int exit =
                command.execute("alerts", "--bootstrap-servers", "127.0.0.1:9", "--api-bind", "0.0.0.0", "--token", "");

        // Then it stops before touching Kafka, with a usage error that says why
        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("without a token");
    }

    @Test
    void shouldRefuseAShortToken() {
        StringWriter err = new StringWriter();
        CommandLine command = new CommandLine(new Wirewatch()).setErr(new PrintWriter(err));

        int exit = command.execute("alerts", "--bootstrap-servers", "127.0.0.1:9", "--token", "short");

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("too short");
    }
}
