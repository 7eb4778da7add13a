package org.wirewatch.streams;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.common.errors.NotLeaderOrFollowerException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProductionExceptionHandler.Response;
import org.apache.kafka.streams.errors.ProductionExceptionHandler.Result;
import org.apache.kafka.streams.errors.ProductionExceptionHandler.SerializationExceptionOrigin;
import org.apache.kafka.streams.processor.TaskId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DeadLetterProductionExceptionHandlerTest {

    private static final byte[] SOURCE_VALUE = "{\"id\":\"story-1\"}".getBytes(StandardCharsets.UTF_8);
    private static final ProducerRecord<byte[], byte[]> OUTPUT =
            new ProducerRecord<>("statements", new byte[] {1}, new byte[] {2});

    private final DeadLetterProductionExceptionHandler handler = new DeadLetterProductionExceptionHandler();

    @BeforeEach
    void configure() {
        handler.configure(Map.of(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG, "processor.dead-letters"));
    }

    @Test
    void shouldSendUnserializableOutputToDeadLettersAndResume() {
        Response response = handler.handleSerializationError(
                context(), OUTPUT, new SerializationException("boom"), SerializationExceptionOrigin.VALUE);

        assertThat(response.result()).isEqualTo(Result.RESUME);
        assertThat(response.deadLetterQueueRecords()).singleElement().satisfies(dead -> {
            assertThat(dead.topic()).isEqualTo("processor.dead-letters");
            assertThat(dead.value()).isEqualTo(SOURCE_VALUE);
        });
    }

    @Test
    void shouldSendTooLargeOutputToDeadLettersAndResume() {
        Response response = handler.handleError(context(), OUTPUT, new RecordTooLargeException("too big"));

        assertThat(response.result()).isEqualTo(Result.RESUME);
        assertThat(response.deadLetterQueueRecords()).hasSize(1);
    }

    @Test
    void shouldRetryTransientBrokerErrors() {
        Response response = handler.handleError(context(), OUTPUT, new NotLeaderOrFollowerException("moving"));

        assertThat(response.result()).isEqualTo(Result.RETRY);
    }

    @Test
    void shouldFailOnErrorsWhereContinuingWouldLoseOutput() {
        Response response = handler.handleError(context(), OUTPUT, new AuthorizationException("denied"));

        assertThat(response.result()).isEqualTo(Result.FAIL);
    }

    private static ErrorHandlerContext context() {
        return new ErrorHandlerContext() {
            @Override
            public String topic() {
                return "stories.raw";
            }

            @Override
            public int partition() {
                return 3;
            }

            @Override
            public long offset() {
                return 42;
            }

            @Override
            public Headers headers() {
                return new RecordHeaders();
            }

            @Override
            public String processorNodeId() {
                return "extract";
            }

            @Override
            public TaskId taskId() {
                return new TaskId(0, 3);
            }

            @Override
            public long timestamp() {
                return 0;
            }

            @Override
            public byte[] sourceRawKey() {
                return "story-1".getBytes(StandardCharsets.UTF_8);
            }

            @Override
            public byte[] sourceRawValue() {
                return SOURCE_VALUE;
            }
        };
    }
}
