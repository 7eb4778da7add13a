package org.wirewatch.alerts.api.stream;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.kafka.KafkaClientMetrics;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.wirewatch.alerts.api.metrics.WirewatchMeters;

/**
 * One consumer thread following the alert topics live, from their end when it starts: it counts
 * each alert ({@value WirewatchMeters#ALERTS}, so the count is what was published, once committed)
 * and hands it to every subscriber. Subscribers must not block: each has its own bounded queue.
 */
public final class AlertTail implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(AlertTail.class);
    private static final Duration POLL = Duration.ofMillis(500);

    private final KafkaConsumer<byte[], byte[]> consumer;
    private final KafkaClientMetrics consumerMetrics;
    private final List<TopicPartition> partitions;
    private final Set<Consumer<TailedAlert>> subscribers = new CopyOnWriteArraySet<>();
    private final MeterRegistry registry;
    private final Thread thread;
    private volatile boolean running = true;

    public AlertTail(String bootstrapServers, MeterRegistry registry) {
        this.registry = registry;
        this.consumer = AlertRecords.consumer(bootstrapServers, "wirewatch-alerts-tail");
        this.consumerMetrics = new KafkaClientMetrics(consumer);
        consumerMetrics.bindTo(registry);
        this.partitions = AlertRecords.partitions(consumer);
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        // Resolve the end now, so that what is published after the constructor returns is seen.
        partitions.forEach(consumer::position);
        this.thread = new Thread(this::run, "alert-tail");
        thread.setDaemon(true);
        thread.start();
    }

    /** The partitions followed: a stream client's position covers exactly these. */
    public List<TopicPartition> partitions() {
        return partitions;
    }

    /** {@code subscriber} is called on the tail's thread for every alert from now on; it must not block. */
    public void subscribe(Consumer<TailedAlert> subscriber) {
        subscribers.add(subscriber);
    }

    public void unsubscribe(Consumer<TailedAlert> subscriber) {
        subscribers.remove(subscriber);
    }

    private void run() {
        try {
            while (running) {
                for (var record : consumer.poll(POLL)) {
                    AlertRecords.read(record).ifPresent(this::publish);
                }
            }
        } catch (WakeupException e) {
            // closing
        } catch (RuntimeException e) {
            LOG.error("alert tail stopped: the stream and alert counts are stale until restart", e);
        } finally {
            consumerMetrics.close();
            consumer.close(Duration.ofSeconds(5));
        }
    }

    private void publish(TailedAlert alert) {
        WirewatchMeters.alerts(registry, alert.type(), alert.entry().alert().severity())
                .increment();
        subscribers.forEach(subscriber -> subscriber.accept(alert));
    }

    @Override
    public void close() {
        running = false;
        consumer.wakeup();
        try {
            thread.join(Duration.ofSeconds(10).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
