package org.wirewatch.app.eval;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.wirewatch.alerts.AlertsApp;
import org.wirewatch.alerts.AlertsConfig;
import org.wirewatch.app.alerts.OfficialStandings;
import org.wirewatch.model.StanceShiftAlert;
import org.wirewatch.model.Story;
import org.wirewatch.model.topics.Topics;
import org.wirewatch.processor.ProcessorApp;
import org.wirewatch.streams.StreamsService;

/**
 * Story-to-alert latency through the whole pipeline (processor and alerts, both exactly-once, in
 * this JVM) at a steady rate: the corpus mix is sent round-robin at {@code rate} stories/s, with
 * {@link LatencyProbes} mixed in at {@code probesPerSecond}; a read_committed consumer of {@code
 * alerts.stance-shifts} times each probe's alert from the moment its story was sent.
 */
public final class LatencyBenchmark {

    /** What one run measured; latencies in milliseconds, sorted. */
    public record Result(long sent, double secondsSending, List<Long> latencies, long probesSent) {

        public double rate() {
            return sent / secondsSending;
        }

        public long percentile(double p) {
            if (latencies.isEmpty()) {
                return -1;
            }
            int index = (int) Math.ceil(p / 100 * latencies.size()) - 1;
            return latencies.get(Math.max(0, Math.min(latencies.size() - 1, index)));
        }
    }

    private LatencyBenchmark() {}

    public static Result run(
            String bootstrap,
            StoryMix mix,
            int rate,
            int probesPerSecond,
            Duration warmUp,
            Duration measure,
            Path stateDir)
            throws InterruptedException {
        Map<String, Long> sentAt = new ConcurrentHashMap<>();
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean measuring = new AtomicBoolean(false);
        AtomicBoolean done = new AtomicBoolean(false);
        try (StreamsService processor =
                        ProcessorApp.create(ProcessorApp.settings(bootstrap, stateDir.resolve("processor")));
                StreamsService alerts = AlertsApp.create(
                        AlertsApp.settings(bootstrap, stateDir.resolve("alerts")),
                        AlertsConfig.defaults(OfficialStandings.standard()))) {
            processor.start();
            alerts.start();
            Thread reader =
                    new Thread(() -> readAlerts(bootstrap, sentAt, latencies, measuring, done), "latency-reader");
            reader.start();
            Sent sent = new Sent();
            try (KafkaProducer<String, Story> producer = producer(bootstrap)) {
                sendFor(producer, mix, rate, probesPerSecond, warmUp, sentAt, sent);
                // warm-up probes still on their way are not timed: only those sent while measuring
                sentAt.clear();
                measuring.set(true);
                sent.stories = 0;
                sent.probes = 0;
                sendFor(producer, mix, rate, probesPerSecond, measure, sentAt, sent);
            }
            // the last probes' alerts: wait for them, but not for ever (a probe could fail to alert)
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (!sentAt.isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            done.set(true);
            reader.join();
            List<Long> sorted = new ArrayList<>(latencies);
            Collections.sort(sorted);
            return new Result(sent.stories, sent.seconds, sorted, sent.probes);
        }
    }

    /** What a sending phase sent; probes are numbered across phases. */
    private static final class Sent {
        long stories;
        long probes;
        long nextProbe;
        double seconds;
    }

    private static Sent sendFor(
            KafkaProducer<String, Story> producer,
            StoryMix mix,
            int rate,
            int probesPerSecond,
            Duration duration,
            Map<String, Long> sentAt,
            Sent sent) {
        long start = System.nanoTime();
        long interval = 1_000_000_000L / rate;
        int probeEvery = Math.max(1, rate / Math.max(1, probesPerSecond));
        long end = start + duration.toNanos();
        for (long i = 0; System.nanoTime() < end; i++) {
            LockSupport.parkNanos(start + i * interval - System.nanoTime());
            Story story;
            if (i % probeEvery == 0) {
                story = LatencyProbes.probe(sent.nextProbe);
                if (LatencyProbes.alerts(sent.nextProbe)) {
                    sentAt.put(story.id(), System.nanoTime());
                    sent.probes++;
                }
                sent.nextProbe++;
            } else {
                Story base = mix.stories().get((int) (i % mix.stories().size()));
                // each copy its own story, as the next day's news would be
                story = new Story(
                        base.id() + "#" + sent.nextProbe + "-" + i,
                        base.source(),
                        base.url(),
                        base.headline(),
                        base.body(),
                        base.publishedAt(),
                        base.ingestedAt(),
                        base.language(),
                        base.byline(),
                        base.dateline());
            }
            producer.send(new ProducerRecord<>(Topics.STORIES_RAW.name(), story.id(), story));
            sent.stories++;
        }
        sent.seconds = (System.nanoTime() - start) / 1e9;
        return sent;
    }

    private static void readAlerts(
            String bootstrap,
            Map<String, Long> sentAt,
            List<Long> latencies,
            AtomicBoolean measuring,
            AtomicBoolean done) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        try (KafkaConsumer<String, StanceShiftAlert> consumer = new KafkaConsumer<>(
                props,
                Topics.STANCE_SHIFTS.keySerde().deserializer(),
                Topics.STANCE_SHIFTS.valueSerde().deserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.STANCE_SHIFTS.name()).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition()))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToEnd(partitions);
            while (!done.get()) {
                for (var record : consumer.poll(Duration.ofMillis(20))) {
                    long now = System.nanoTime();
                    Long sent =
                            sentAt.remove(record.value().to().evidence().get(0).storyId());
                    if (sent != null && measuring.get()) {
                        latencies.add((now - sent) / 1_000_000);
                    }
                }
            }
        }
    }

    private static KafkaProducer<String, Story> producer(String bootstrap) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        props.put(ProducerConfig.LINGER_MS_CONFIG, "1");
        props.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        return new KafkaProducer<>(
                props,
                Topics.STORIES_RAW.keySerde().serializer(),
                Topics.STORIES_RAW.valueSerde().serializer());
    }
}
