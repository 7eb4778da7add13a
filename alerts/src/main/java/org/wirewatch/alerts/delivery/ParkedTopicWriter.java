package org.wirewatch.alerts.delivery;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.wirewatch.model.ParkedDelivery;
import org.wirewatch.model.topics.Topics;

/**
 * The parking lot on the compacted topic {@code alerts.webhook-parked}: a record per pending
 * delivery, a tombstone once it is delivered. Idempotent, acks=all, and each write awaited, so a
 * delivery counts as parked only once every in-sync replica has it.
 */
final class ParkedTopicWriter implements ParkingLot {

    private final KafkaProducer<String, ParkedDelivery> producer;
    private final Duration timeout;

    ParkedTopicWriter(String bootstrapServers, Duration timeout) {
        this.timeout = timeout;
        this.producer = new KafkaProducer<>(
                Map.of(
                        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        bootstrapServers,
                        ProducerConfig.ACKS_CONFIG,
                        "all",
                        ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG,
                        true,
                        ProducerConfig.CLIENT_ID_CONFIG,
                        "wirewatch-webhooks-parking",
                        ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG,
                        (int) timeout.toMillis(),
                        ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG,
                        (int) Math.min(timeout.toMillis(), 30_000),
                        ProducerConfig.LINGER_MS_CONFIG,
                        0),
                Topics.WEBHOOK_PARKED.keySerde().serializer(),
                Topics.WEBHOOK_PARKED.valueSerde().serializer());
    }

    @Override
    public void park(ParkedDelivery delivery) {
        write(delivery.key(), delivery);
    }

    @Override
    public void release(String subscription, String alertId) {
        write(ParkedDelivery.keyOf(subscription, alertId), null);
    }

    private void write(String key, ParkedDelivery value) {
        try {
            producer.send(new ProducerRecord<>(Topics.WEBHOOK_PARKED.name(), key, value))
                    .get(timeout.toMillis() + 1_000, TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw new KafkaException("cannot write " + key + " to " + Topics.WEBHOOK_PARKED.name(), e.getCause());
        } catch (TimeoutException e) {
            throw new KafkaException("Kafka did not acknowledge " + key + " within " + timeout, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KafkaException("interrupted while parking " + key, e);
        }
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(5));
    }
}
