package org.wirewatch.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The service's lifecycle, which needs no broker: nothing is published here. */
class IngestServiceTest {

    @TempDir
    Path folder;

    private String nowhere;

    @BeforeEach
    void findAPortNobodyListensOn() throws Exception {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            nowhere = "127.0.0.1:" + socket.getLocalPort();
        }
    }

    @Test
    void shouldCreateTheInboxFoldersAndWatchOnANamedThread() {
        // Given
        Path inbox = folder.resolve("wirewatch-data/inbox");

        // When
        try (IngestService ingest = new IngestService(IngestSettings.defaults(nowhere, inbox))) {
            ingest.start();

            // Then
            assertThat(inbox.resolve("done")).isDirectory();
            assertThat(inbox.resolve("rejected")).isDirectory();
            assertThat(ingest.isRunning()).isTrue();
            assertThat(Thread.getAllStackTraces().keySet())
                    .extracting(Thread::getName)
                    .contains("wirewatch-ingest-inbox");
        }
    }

    @Test
    void shouldRefuseToStartTwiceOrAfterClose() {
        IngestService ingest = new IngestService(IngestSettings.defaults(nowhere, folder));
        ingest.start();

        assertThatThrownBy(ingest::start).isInstanceOf(IllegalStateException.class);
        ingest.close();
        assertThat(ingest.isRunning()).isFalse();
        assertThatThrownBy(ingest::start).isInstanceOf(IllegalStateException.class);
    }
}
