package org.wirewatch.broker;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import kafka.server.KafkaConfig;
import org.junit.jupiter.api.Test;

class SingleNodeConfigTest {

    private static final BrokerPorts PORTS = new BrokerPorts(19092, 19093);
    private static final Path DATA_DIR = Path.of("/var/lib/wirewatch/kafka");

    @Test
    void shouldUseOnlySettingNamesKafkaKnows() {
        // Given
        Map<String, String> settings = SingleNodeConfig.settings(PORTS, DATA_DIR);

        // When
        var known = KafkaConfig.configDef().names();

        // Then a misspelt name would otherwise be ignored silently
        assertThat(known).containsAll(settings.keySet());
    }

    @Test
    void shouldFormAValidConfigForOneCombinedNode() {
        // Given
        Map<String, String> settings = SingleNodeConfig.settings(PORTS, DATA_DIR);

        // When
        KafkaConfig config = new KafkaConfig(settings);

        // Then
        assertThat(config.nodeId()).isEqualTo(1);
        assertThat(config.metadataLogDir())
                .isEqualTo(DATA_DIR.resolve("kafka-logs").toString());
        assertThat(config.autoCreateTopicsEnable()).isFalse();
        assertThat(config.getShort("transaction.state.log.replication.factor")).isEqualTo((short) 1);
    }

    @Test
    void shouldListenOnlyOnLoopback() {
        // When
        Map<String, String> settings = SingleNodeConfig.settings(PORTS, DATA_DIR);

        // Then
        assertThat(settings.get("listeners")).isEqualTo("PLAINTEXT://127.0.0.1:19092,CONTROLLER://127.0.0.1:19093");
        assertThat(SingleNodeConfig.bootstrapServers(PORTS)).isEqualTo("127.0.0.1:19092");
    }
}
