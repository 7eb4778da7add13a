package org.wirewatch.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DockerHintsTest {

    @TempDir
    Path home;

    @Test
    void shouldTakeADockerHostVariableAsASign() {
        // Given
        DockerHints hints = new DockerHints(Map.of("DOCKER_HOST", "tcp://127.0.0.1:2375"), home);

        // When / Then
        assertThat(hints.anyPresent()).isTrue();
    }

    @Test
    void shouldTakeTestcontainersSettingsAsASign() throws IOException {
        // Given
        Files.writeString(home.resolve(".testcontainers.properties"), "docker.host=tcp://127.0.0.1:2375\n");

        // When / Then
        assertThat(new DockerHints(Map.of(), home).anyPresent()).isTrue();
    }

    @Test
    void shouldTakeADockerDesktopSocketAsASign() throws IOException {
        // Given
        Files.createDirectories(home.resolve(".docker/desktop"));
        Files.createFile(home.resolve(".docker/desktop/docker.sock"));

        // When / Then
        assertThat(new DockerHints(Map.of(), home).anyPresent()).isTrue();
    }
}
