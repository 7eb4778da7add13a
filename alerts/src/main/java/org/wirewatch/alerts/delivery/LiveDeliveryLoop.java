package org.wirewatch.alerts.delivery;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.InterruptException;
import org.apache.kafka.common.errors.WakeupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the alert topics (committed records only) and hands each record to the fan-out; commits
 * a record's offset only once every subscription that wants it has it delivered or parked. At
 * least once, never lost: a crash after parking or delivering but before the commit makes the
 * next run deliver that alert again, which receivers drop by its Idempotency-Key; nothing is
 * committed ahead of its delivery. One bad record is skipped by the fan-out; a failure to park
 * rewinds to the first record not done and tries again after a pause, so the thread never dies of
 * either.
 */
final class LiveDeliveryLoop implements Runnable {

    private static final Logger log = LoggerFactory.getLogger(LiveDeliveryLoop.class);
    private static final Duration POLL_TIMEOUT = Duration.ofMillis(500);

    private final Consumer<String, byte[]> consumer;
    private final AlertFanOut fanOut;
    private final Duration pauseAfterFailure;
    private final Sleeper sleeper;
    private volatile boolean running = true;

    LiveDeliveryLoop(
            Consumer<String, byte[]> consumer, AlertFanOut fanOut, Duration pauseAfterFailure, Sleeper sleeper) {
        this.consumer = consumer;
        this.fanOut = fanOut;
        this.pauseAfterFailure = pauseAfterFailure;
        this.sleeper = sleeper;
    }

    @Override
    public void run() {
        try {
            consumer.subscribe(AlertTopics.names());
            while (running) {
                deliver(consumer.poll(POLL_TIMEOUT));
            }
        } catch (WakeupException | InterruptedException | InterruptException e) {
            // close() asked us to stop
        } finally {
            Thread.interrupted(); // so the consumer closes cleanly rather than throw at once
            consumer.close(Duration.ofSeconds(5));
        }
    }

    /** Thread-safe: stops the loop, which closes its consumer. */
    void stop() {
        running = false;
        consumer.wakeup();
    }

    private void deliver(ConsumerRecords<String, byte[]> records) throws InterruptedException {
        Map<TopicPartition, OffsetAndMetadata> done = new HashMap<>();
        try {
            for (TopicPartition partition : records.partitions()) {
                for (ConsumerRecord<String, byte[]> record : records.records(partition)) {
                    if (!running) {
                        return;
                    }
                    fanOut.deliver(record.topic(), record.value());
                    done.put(partition, new OffsetAndMetadata(record.offset() + 1));
                }
            }
        } catch (RuntimeException e) {
            log.error("webhook delivery stopped at an alert it could not park; retrying in {}", pauseAfterFailure, e);
            rewind(records, done);
            sleeper.sleep(pauseAfterFailure);
        } finally {
            commit(done);
        }
    }

    /** Back to the first record of each partition that is not done: poll moved past them. */
    private void rewind(ConsumerRecords<String, byte[]> records, Map<TopicPartition, OffsetAndMetadata> done) {
        for (TopicPartition partition : records.partitions()) {
            OffsetAndMetadata next = done.get(partition);
            consumer.seek(
                    partition,
                    next != null
                            ? next.offset()
                            : records.records(partition).get(0).offset());
        }
    }

    private void commit(Map<TopicPartition, OffsetAndMetadata> done) {
        if (done.isEmpty()) {
            return;
        }
        try {
            consumer.commitSync(done);
        } catch (WakeupException e) {
            consumer.commitSync(done); // the wakeup of close(); commit what is done, then stop
            throw e;
        } catch (RuntimeException e) {
            // A rebalance took the partitions: their new owner re-delivers these, a duplicate at worst.
            log.warn("could not commit delivered alerts; they may be delivered again: {}", e.getMessage());
        }
    }
}
