package org.wirewatch.testkit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A cheap look for any sign of a Docker engine before asking Testcontainers, whose probe logs a
 * multi-line ERROR in every test JVM of a machine without Docker (as here and on CI). Only a
 * Linux machine with none of the signs Testcontainers itself looks at counts as "no Docker";
 * anything else is left to Testcontainers to decide.
 */
final class DockerHints {

    private final Map<String, String> environment;
    private final Path home;

    DockerHints(Map<String, String> environment, Path home) {
        this.environment = environment;
        this.home = home;
    }

    static DockerHints ofThisMachine() {
        return new DockerHints(System.getenv(), Path.of(System.getProperty("user.home")));
    }

    boolean anyPresent() {
        boolean linux = System.getProperty("os.name").toLowerCase(Locale.ROOT).contains("linux");
        return !linux
                || environment.containsKey("DOCKER_HOST")
                || System.getProperty("docker.host") != null
                || Files.exists(home.resolve(".testcontainers.properties"))
                || candidateSockets().anyMatch(Files::exists);
    }

    /** The Unix sockets Testcontainers tries: system, Docker Desktop, rootless Docker. */
    private Stream<Path> candidateSockets() {
        Stream<Path> fixed = Stream.of(
                Path.of("/var/run/docker.sock"),
                home.resolve(".docker/run/docker.sock"),
                home.resolve(".docker/desktop/docker.sock"));
        Stream<Path> runtimeDir = Optional.ofNullable(environment.get("XDG_RUNTIME_DIR")).stream()
                .map(dir -> Path.of(dir, "docker.sock"));
        return Stream.of(fixed, runtimeDir, perUserRuntimeSockets()).flatMap(sockets -> sockets);
    }

    /** Rootless Docker's default {@code /run/user/<uid>/docker.sock}, when XDG_RUNTIME_DIR is unset. */
    private static Stream<Path> perUserRuntimeSockets() {
        try (Stream<Path> users = Files.list(Path.of("/run/user"))) {
            return users.map(user -> user.resolve("docker.sock")).toList().stream();
        } catch (IOException e) {
            return Stream.empty();
        }
    }
}
