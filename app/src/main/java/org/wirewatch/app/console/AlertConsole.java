package org.wirewatch.app.console;

import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.errors.WakeupException;
import org.wirewatch.model.StanceShiftAlert;
import org.wirewatch.model.topics.Topics;

/**
 * Prints stance-shift alerts on the console of {@code wirewatch up} as they are committed. Reads
 * like any downstream program (read_committed, its own consumer group), so what it shows is what
 * consumers get. Its group remembers what was printed: a restart shows only alerts not yet shown,
 * and the first start shows the topic's history (none on a new embedded broker).
 */
public final class AlertConsole implements AutoCloseable {

    private static final String GROUP = "wirewatch-console";

    private final KafkaConsumer<String, StanceShiftAlert> consumer;
    private final PrintStream out;
    private final Thread thread;

    public AlertConsole(String bootstrapServers, PrintStream out) {
        this.out = out;
        this.consumer = new KafkaConsumer<>(
                Map.of(
                        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        bootstrapServers,
                        ConsumerConfig.GROUP_ID_CONFIG,
                        GROUP,
                        ConsumerConfig.ISOLATION_LEVEL_CONFIG,
                        "read_committed",
                        ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                        "earliest"),
                Topics.STANCE_SHIFTS.keySerde().deserializer(),
                Topics.STANCE_SHIFTS.valueSerde().deserializer());
        this.thread = new Thread(this::printUntilClosed, "alert-console");
    }

    public void start() {
        thread.start();
    }

    private void printUntilClosed() {
        consumer.subscribe(List.of(Topics.STANCE_SHIFTS.name()));
        try {
            while (true) {
                for (ConsumerRecord<String, StanceShiftAlert> record : consumer.poll(Duration.ofSeconds(1))) {
                    out.println(describe(record.value()));
                }
            }
        } catch (WakeupException closing) {
            // close() woke us up
        } finally {
            consumer.close();
        }
    }

    static String describe(StanceShiftAlert alert) {
        var to = alert.to().evidence().isEmpty() ? null : alert.to().evidence().get(0);
        return String.format(
                "ALERT %s %s on %s: %s -> %s (%s)%s",
                alert.severity(),
                alert.state(),
                alert.topic().line(),
                alert.from().stance(),
                alert.to().stance(),
                alert.alertId(),
                to == null ? "" : "\n      \"" + to.quote() + "\" [" + to.storyId() + "]");
    }

    @Override
    public void close() {
        consumer.wakeup();
        try {
            thread.join(Duration.ofSeconds(10).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
