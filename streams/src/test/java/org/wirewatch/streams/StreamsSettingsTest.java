package org.wirewatch.streams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Test;

class StreamsSettingsTest {

    @Test
    void shouldRunExactlyOnceWithDeadLettersAndNonFatalHandlers() {
        Properties props = settings("127.0.0.1:9092", 1).toProperties();

        StreamsConfig config = new StreamsConfig(props);
        assertThat(config.getString(StreamsConfig.PROCESSING_GUARANTEE_CONFIG))
                .isEqualTo(StreamsConfig.EXACTLY_ONCE_V2);
        assertThat(config.getString(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG))
                .isEqualTo("x.dead-letters");
        assertThat(config.productionExceptionHandler()).isInstanceOf(DeadLetterProductionExceptionHandler.class);
        assertThat(props.getProperty(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG))
                .endsWith("LogAndContinueExceptionHandler");
        assertThat(props.getProperty(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG))
                .endsWith("LogAndContinueProcessingExceptionHandler");
    }

    @Test
    void shouldPollAtMostOneHundredRecordsSoThatACostlyTopologyJoinsRebalancesQuickly() {
        StreamsConfig config = new StreamsConfig(settings("127.0.0.1:9092", 2).toProperties());

        assertThat(config.getMainConsumerConfigs("g", "c", 0).get(ConsumerConfig.MAX_POLL_RECORDS_CONFIG))
                .hasToString("100");
    }

    @Test
    void shouldRejectBlankBootstrapServersWithAnActionableMessage() {
        assertThatThrownBy(() -> settings(" ", 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("host:port");
    }

    @Test
    void shouldRejectZeroThreads() {
        assertThatThrownBy(() -> settings("127.0.0.1:9092", 0)).hasMessageContaining("threads");
    }

    @Test
    void shouldAdvertiseTheApplicationServerOnlyWhenGiven() {
        // Given settings without, then with, an advertised endpoint
        StreamsSettings plain = settings("127.0.0.1:9092", 1);
        StreamsSettings advertised = plain.withApplicationServer("10.0.0.5:8081");

        // Then only the second sets application.server
        assertThat(plain.toProperties()).doesNotContainKey(StreamsConfig.APPLICATION_SERVER_CONFIG);
        assertThat(advertised.toProperties().getProperty(StreamsConfig.APPLICATION_SERVER_CONFIG))
                .isEqualTo("10.0.0.5:8081");
    }

    @Test
    void shouldRejectAnApplicationServerWithoutPort() {
        assertThatThrownBy(() -> settings("127.0.0.1:9092", 1).withApplicationServer("10.0.0.5"))
                .hasMessageContaining("host:port");
    }

    private static StreamsSettings settings(String bootstrap, int threads) {
        return new StreamsSettings("x", bootstrap, Path.of("state"), "x.dead-letters", Duration.ofMillis(100), threads);
    }
}
