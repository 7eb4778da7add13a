package org.wirewatch.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestSettingsTest {

    @TempDir
    Path folder;

    @Test
    void shouldAcceptTheDefaults() {
        IngestSettings settings = IngestSettings.defaults("localhost:9092,kafka-2:9093", folder.resolve("inbox"));

        assertThat(settings.pollInterval()).isEqualTo(Duration.ofMillis(250));
        assertThat(settings.maxFileBytes()).isEqualTo(4L * 1024 * 1024);
        assertThat(settings.formatSettings().defaultSource()).isEqualTo("inbox");
    }

    @Test
    void shouldRejectBootstrapServersWithoutPort() {
        assertThatThrownBy(() -> IngestSettings.defaults("localhost", folder))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(
                        "bootstrap servers 'localhost' must be host:port pairs separated by commas, e.g. localhost:9092");
        assertThatThrownBy(() -> IngestSettings.defaults(" ", folder)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldRejectAnInboxThatIsAFile() throws Exception {
        Path file = Files.writeString(folder.resolve("inbox"), "");

        assertThatThrownBy(() -> IngestSettings.defaults("localhost:9092", file))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageEndingWith("is a file: give a folder (it is created if missing)");
    }

    @Test
    void shouldRejectAPollIntervalOutOfRange() {
        assertThatThrownBy(() -> settings(Duration.ZERO, 1024, "inbox"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("poll interval must be between 10 ms and 600000 ms, was 0 ms");
    }

    @Test
    void shouldRejectAMaxFileSizeJsonCouldNotParse() {
        assertThatThrownBy(() -> settings(Duration.ofMillis(250), 64L * 1024 * 1024, "inbox"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("max file size must be between 1 and 8388608 bytes");
    }

    @Test
    void shouldRejectABlankDefaultSource() {
        assertThatThrownBy(() -> settings(Duration.ofMillis(250), 1024, " "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("default source is blank");
    }

    private IngestSettings settings(Duration pollInterval, long maxFileBytes, String defaultSource) {
        return new IngestSettings(
                "localhost:9092",
                folder,
                pollInterval,
                maxFileBytes,
                defaultSource,
                Duration.ofSeconds(30),
                Clock.systemUTC());
    }
}
