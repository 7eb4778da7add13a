package org.wirewatch.broker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BrokerPortsTest {

    @TempDir
    Path dataDir;

    @Test
    void shouldReadBackThePortsOfAnEarlierStart() {
        // Given
        new BrokerPorts(19092, 19093).save(dataDir);

        // When / Then
        assertThat(BrokerPorts.load(dataDir)).contains(new BrokerPorts(19092, 19093));
    }

    @Test
    void shouldHaveNoPortsForANewDataDir() {
        assertThat(BrokerPorts.load(dataDir)).isEmpty();
    }

    @Test
    void shouldPickTwoDifferentFreePorts() {
        // When
        BrokerPorts ports = BrokerPorts.free();

        // Then
        assertThat(ports.client()).isPositive().isNotEqualTo(ports.controller());
        assertThat(ports.controller()).isPositive();
    }

    @Test
    void shouldRejectOnePortForBothListeners() {
        assertThatThrownBy(() -> new BrokerPorts(19092, 19092)).isInstanceOf(IllegalArgumentException.class);
    }
}
