package org.wirewatch.alerts.api.stream;

import io.javalin.http.sse.SseClient;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.wirewatch.alerts.query.AlertFilter;

/**
 * One SSE connection, served by its own thread: first the alerts it missed (when it resumes), then
 * live ones from its bounded queue, with a heartbeat comment when there is nothing to say. The tail
 * only ever offers to the queue; when it is full the client is too slow and is disconnected, to
 * reconnect and resume from its last event id, so it never holds up the tail or other clients.
 *
 * <p>Live alerts are registered before the missed ones are read, and a live alert at or behind
 * the client's position is dropped: no alert is lost or sent twice across the switch.
 */
final class StreamClient implements Consumer<TailedAlert> {

    private static final Logger LOG = LoggerFactory.getLogger(StreamClient.class);
    /** A replay that cannot catch up in this time gives up; the client resumes on reconnecting. */
    private static final Duration REPLAY_LIMIT = Duration.ofSeconds(30);

    private final SseClient sse;
    private final AlertFilter filter;
    private final BlockingQueue<TailedAlert> queue;
    private final Duration heartbeat;
    private volatile boolean overflowed;
    private ResumeToken position;

    StreamClient(SseClient sse, AlertFilter filter, int queueCapacity, Duration heartbeat) {
        this.sse = sse;
        this.filter = filter;
        this.queue = new ArrayBlockingQueue<>(queueCapacity);
        this.heartbeat = heartbeat;
    }

    /** Called on the tail's thread: never blocks. */
    @Override
    public void accept(TailedAlert alert) {
        if (!overflowed && filter.accepts(alert.entry()) && !queue.offer(alert)) {
            overflowed = true;
        }
    }

    /**
     * Serves the connection until it closes, the client falls behind or the server stops.
     *
     * @param resumeFrom the position the client sent, or null to start at the live end
     */
    void serve(AlertTail tail, String bootstrapServers, ResumeToken resumeFrom) throws InterruptedException {
        tail.subscribe(this);
        try (KafkaConsumer<byte[], byte[]> replay =
                AlertRecords.consumer(bootstrapServers, "wirewatch-alerts-replay")) {
            var partitions = tail.partitions();
            Map<TopicPartition, Long> end = replay.endOffsets(partitions);
            position = new ResumeToken(end);
            if (resumeFrom != null) {
                replay(replay, resumeFrom, end);
            }
        }
        sse.sendComment("live");
        while (!sse.terminated() && !overflowed && !Thread.currentThread().isInterrupted()) {
            TailedAlert alert = queue.poll(heartbeat.toMillis(), TimeUnit.MILLISECONDS);
            if (alert == null) {
                sse.sendComment("heartbeat");
            } else if (position.isAhead(alert.partition(), alert.offset())) {
                send(alert);
            }
        }
        if (overflowed) {
            LOG.info("stream client fell {} alerts behind: disconnected, it will resume", queue.size());
        }
    }

    /** Sends what lies between {@code from} and {@code end}; the live queue has the rest. */
    private void replay(KafkaConsumer<byte[], byte[]> consumer, ResumeToken from, Map<TopicPartition, Long> end) {
        Map<TopicPartition, Long> start = new HashMap<>(end);
        // Partitions the token does not name (new ones) start at the end; a token ahead of the
        // end (not one of ours) is clamped to it.
        from.next().forEach((tp, offset) -> start.computeIfPresent(tp, (k, e) -> Math.min(offset, e)));
        position = new ResumeToken(start);
        var pending = start.keySet().stream()
                .filter(tp -> start.get(tp) < end.get(tp))
                .toList();
        consumer.assign(pending);
        pending.forEach(tp -> consumer.seek(tp, start.get(tp)));
        Instant deadline = Instant.now().plus(REPLAY_LIMIT);
        while (!pending.isEmpty() && pending.stream().anyMatch(tp -> consumer.position(tp) < end.get(tp))) {
            if (sse.terminated() || Instant.now().isAfter(deadline)) {
                overflowed = true;
                return;
            }
            for (var record : consumer.poll(Duration.ofMillis(200))) {
                TopicPartition tp = new TopicPartition(record.topic(), record.partition());
                if (record.offset() < end.get(tp)) {
                    AlertRecords.read(record)
                            .filter(alert -> filter.accepts(alert.entry()))
                            .ifPresentOrElse(this::send, () -> position = position.after(tp, record.offset()));
                }
            }
        }
        // Skipped records (filtered out, transaction markers) still move the position to the end.
        end.forEach((tp, offset) -> {
            if (position.next().getOrDefault(tp, 0L) < offset) {
                position = new ResumeToken(withOffset(position.next(), tp, offset));
            }
        });
    }

    private void send(TailedAlert alert) {
        position = position.after(alert.partition(), alert.offset());
        sse.sendEvent(alert.type(), alert.json(), position.encode());
    }

    private static Map<TopicPartition, Long> withOffset(
            Map<TopicPartition, Long> next, TopicPartition tp, long offset) {
        Map<TopicPartition, Long> moved = new HashMap<>(next);
        moved.put(tp, offset);
        return moved;
    }
}
