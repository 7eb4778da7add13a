package org.wirewatch.streams;

import java.time.Duration;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one topology: start, report state, stop gracefully. Bad records never reach here (the
 * exception handlers in {@link StreamsSettings} route them to dead letters); what does — a lost
 * broker connection, a fenced producer — replaces the stream thread rather than killing the app.
 */
public final class StreamsService implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(StreamsService.class);
    private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(30);

    private final String name;
    private final KafkaStreams streams;

    public StreamsService(String name, Topology topology, StreamsSettings settings) {
        this.name = name;
        this.streams = new KafkaStreams(topology, settings.toProperties());
    }

    public void start() {
        streams.setUncaughtExceptionHandler(e -> {
            LOG.error("{}: stream thread died, replacing it", name, e);
            return StreamThreadExceptionResponse.REPLACE_THREAD;
        });
        streams.setStateListener((now, before) -> LOG.info("{}: {} -> {}", name, before, now));
        streams.start();
    }

    public KafkaStreams.State state() {
        return streams.state();
    }

    /** For tests and the live API: the streams instance, e.g. for interactive queries. */
    public KafkaStreams streams() {
        return streams;
    }

    /** Commits what is in flight and leaves the group; waits up to 30 s. */
    @Override
    public void close() {
        if (!streams.close(CLOSE_TIMEOUT)) {
            LOG.warn("{}: did not stop within {}", name, CLOSE_TIMEOUT);
        }
    }
}
