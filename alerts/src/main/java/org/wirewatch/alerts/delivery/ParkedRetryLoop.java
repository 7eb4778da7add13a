package org.wirewatch.alerts.delivery;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.InterruptException;
import org.apache.kafka.common.errors.WakeupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.wirewatch.model.ParkedDelivery;
import org.wirewatch.model.topics.Topics;

/**
 * Tails the parked topic and retries what is due. The compacted topic is the state itself: on
 * every assignment the loop reads its partitions from the beginning (latest record per key wins,
 * a tombstone removes), so it commits no offsets and a restart forgets nothing. The consumer
 * group only spreads partitions, hence parked deliveries, over the running instances.
 */
final class ParkedRetryLoop implements Runnable {

    private static final Logger log = LoggerFactory.getLogger(ParkedRetryLoop.class);

    private final Consumer<String, byte[]> consumer;
    private final ParkedRetries retries;
    private final Duration scanInterval;
    private final Sleeper sleeper;
    private volatile boolean running = true;

    ParkedRetryLoop(Consumer<String, byte[]> consumer, ParkedRetries retries, Duration scanInterval, Sleeper sleeper) {
        this.consumer = consumer;
        this.retries = retries;
        this.scanInterval = scanInterval;
        this.sleeper = sleeper;
    }

    @Override
    public void run() {
        try {
            consumer.subscribe(List.of(Topics.WEBHOOK_PARKED.name()), new ReadFromStart());
            while (running) {
                scan();
            }
        } catch (WakeupException | InterruptedException | InterruptException e) {
            // close() asked us to stop
        } finally {
            Thread.interrupted(); // so the consumer closes cleanly rather than throw at once
            consumer.close(Duration.ofSeconds(5));
        }
    }

    void stop() {
        running = false;
        consumer.wakeup();
    }

    private void scan() throws InterruptedException {
        try {
            for (ConsumerRecord<String, byte[]> record : consumer.poll(scanInterval)) {
                track(record);
            }
            retries.retryDue();
        } catch (WakeupException e) {
            throw e;
        } catch (RuntimeException e) {
            // Kafka refusing a re-park or a release: the delivery stays parked as it was, and is
            // retried at the next scan.
            log.error("retrying parked webhook deliveries failed; trying again in {}", scanInterval, e);
            sleeper.sleep(scanInterval);
        }
    }

    /** Read here, not by the consumer, so one unreadable record is skipped, not polled forever. */
    private void track(ConsumerRecord<String, byte[]> record) {
        try {
            ParkedDelivery delivery = record.value() == null
                    ? null
                    : Topics.WEBHOOK_PARKED.valueSerde().deserializer().deserialize(record.topic(), record.value());
            retries.track(record.partition(), record.key(), delivery);
        } catch (RuntimeException e) {
            log.error(
                    "skipping unreadable parked delivery {} at {}-{}@{}: {}",
                    record.key(),
                    record.topic(),
                    record.partition(),
                    record.offset(),
                    e.getMessage());
        }
    }

    private final class ReadFromStart implements ConsumerRebalanceListener {

        @Override
        public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
            consumer.seekToBeginning(partitions);
        }

        @Override
        public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
            retries.forget(partitions.stream().map(TopicPartition::partition).toList());
        }
    }
}
