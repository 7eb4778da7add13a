package org.wirewatch.streams;

import java.util.Map;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProductionExceptionHandler;
import org.apache.kafka.streams.errors.internals.ExceptionHandlerUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Kafka's default production handler fails the application even when a dead-letter topic is set.
 * This one sends records that can never be written (unserializable, too large) to the dead-letter
 * topic and goes on; transient broker errors are retried; anything else (authorization, fenced
 * producer) still fails, since continuing would silently lose output.
 */
public final class DeadLetterProductionExceptionHandler implements ProductionExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(DeadLetterProductionExceptionHandler.class);

    private String deadLetterTopic;

    @Override
    public void configure(Map<String, ?> configs) {
        Object topic = configs.get(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG);
        deadLetterTopic = topic == null ? null : topic.toString();
    }

    @Override
    public Response handleError(ErrorHandlerContext context, ProducerRecord<byte[], byte[]> record, Exception e) {
        if (e instanceof RecordTooLargeException) {
            return deadLetter(context, record.topic(), e);
        }
        if (e instanceof RetriableException) {
            return Response.retry();
        }
        LOG.error("cannot write to {} from {}: failing the task", record.topic(), context.topic(), e);
        return Response.fail();
    }

    @Override
    public Response handleSerializationError(
            ErrorHandlerContext context, ProducerRecord record, Exception e, SerializationExceptionOrigin origin) {
        return deadLetter(context, record.topic(), e);
    }

    private Response deadLetter(ErrorHandlerContext context, String outputTopic, Exception e) {
        LOG.warn(
                "record from {}-{}@{} could not be written to {}, sent to dead letters: {}",
                context.topic(),
                context.partition(),
                context.offset(),
                outputTopic,
                e.toString());
        return Response.resume(ExceptionHandlerUtils.maybeBuildDeadLetterQueueRecords(
                deadLetterTopic, context.sourceRawKey(), context.sourceRawValue(), context, e));
    }
}
