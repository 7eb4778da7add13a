package org.wirewatch.streams;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.LogAndContinueExceptionHandler;
import org.apache.kafka.streams.errors.LogAndContinueProcessingExceptionHandler;

/**
 * How one of wirewatch's Kafka Streams applications runs. Every app is exactly-once (v2): a story
 * read, its outputs and the state it changed commit together, so a crash or restart neither loses
 * nor duplicates an alert. Records that cannot be read, processed or written go to {@code
 * deadLetterTopic} with the reason in {@code __streams.errors.*} headers; the stream goes on.
 *
 * @param applicationId also the consumer group and the prefix of internal topics; keep it stable
 * @param stateDir where RocksDB stores live; one per instance
 * @param commitInterval how often a transaction commits: the floor of end-to-end latency under EOS
 * @param threads stream threads in this instance
 * @param applicationServer this instance's {@code host:port} as other instances reach its HTTP API
 *     (Kafka Streams' {@code application.server}, for interactive queries across instances), or
 *     null when it serves no queries to others
 */
public record StreamsSettings(
        String applicationId,
        String bootstrapServers,
        Path stateDir,
        String deadLetterTopic,
        Duration commitInterval,
        int threads,
        String applicationServer) {

    public static final Duration DEFAULT_COMMIT_INTERVAL = Duration.ofMillis(100);

    public StreamsSettings {
        requireNonNull(applicationId, "applicationId");
        requireNonNull(bootstrapServers, "bootstrapServers");
        requireNonNull(stateDir, "stateDir");
        requireNonNull(deadLetterTopic, "deadLetterTopic");
        requireNonNull(commitInterval, "commitInterval");
        if (bootstrapServers.isBlank()) {
            throw new IllegalArgumentException("bootstrap servers are empty: give host:port of the Kafka cluster");
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
        if (commitInterval.isNegative() || commitInterval.isZero()) {
            throw new IllegalArgumentException("commit interval must be positive, was " + commitInterval);
        }
        if (applicationServer != null && !applicationServer.matches("[^:\\s]+:\\d{1,5}")) {
            throw new IllegalArgumentException(
                    "application server must be host:port as other instances reach it, was " + applicationServer);
        }
    }

    /** Settings of an instance that serves no interactive queries to other instances. */
    public StreamsSettings(
            String applicationId,
            String bootstrapServers,
            Path stateDir,
            String deadLetterTopic,
            Duration commitInterval,
            int threads) {
        this(applicationId, bootstrapServers, stateDir, deadLetterTopic, commitInterval, threads, null);
    }

    /** The same settings, advertising {@code hostPort} to other instances for interactive queries. */
    public StreamsSettings withApplicationServer(String hostPort) {
        return new StreamsSettings(
                applicationId, bootstrapServers, stateDir, deadLetterTopic, commitInterval, threads, hostPort);
    }

    public Properties toProperties() {
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, applicationId);
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toAbsolutePath().toString());
        props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        props.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, Long.toString(commitInterval.toMillis()));
        props.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, Integer.toString(threads));
        props.put(StreamsConfig.TOPOLOGY_OPTIMIZATION_CONFIG, StreamsConfig.OPTIMIZE);
        if (applicationServer != null) {
            props.put(StreamsConfig.APPLICATION_SERVER_CONFIG, applicationServer);
        }
        props.put(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG, deadLetterTopic);
        props.put(
                StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG,
                LogAndContinueExceptionHandler.class.getName());
        props.put(
                StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG,
                LogAndContinueProcessingExceptionHandler.class.getName());
        props.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_GLOBAL_ENABLED_CONFIG, "true");
        props.put(
                StreamsConfig.PRODUCTION_EXCEPTION_HANDLER_CLASS_CONFIG,
                DeadLetterProductionExceptionHandler.class.getName());
        // Streams' producer waits up to 100 ms by default to fill batches; under EOS the commit
        // interval already batches, so this only adds latency.
        props.put(StreamsConfig.producerPrefix(ProducerConfig.LINGER_MS_CONFIG), "5");
        props.put(StreamsConfig.producerPrefix(ProducerConfig.COMPRESSION_TYPE_CONFIG), "lz4");
        // A stream thread processes all a poll returned before it polls again, and only a poll takes
        // part in a rebalance. Streams' default of 1,000 records is a second or more of extraction:
        // a new or restarted instance (or a second thread) then waits that long for partitions,
        // with the others' held. 100 keeps a thread within ~0.1 s of its next poll; fetching is
        // unchanged (the consumer still prefetches up to fetch.max.bytes).
        props.put(StreamsConfig.consumerPrefix(ConsumerConfig.MAX_POLL_RECORDS_CONFIG), "100");
        // A crashed instance's partitions move after this long, not the 45 s default.
        props.put(StreamsConfig.consumerPrefix(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG), "10000");
        props.put(StreamsConfig.consumerPrefix(ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG), "2000");
        return props;
    }
}
