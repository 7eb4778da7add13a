package org.wirewatch.app.eval;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Produced;
import org.wirewatch.model.Story;
import org.wirewatch.model.topics.TopicProvisioner;
import org.wirewatch.model.topics.TopicSpec;
import org.wirewatch.model.topics.Topics;
import org.wirewatch.processor.ProcessorApp;
import org.wirewatch.processor.ProcessorTopology;
import org.wirewatch.processor.extract.StoryExtractor;
import org.wirewatch.streams.StreamsService;
import org.wirewatch.streams.StreamsSettings;

/**
 * The processor topology next to a pass-through topology, over the same stories on the same broker
 * in one run: both read all of {@code stories.raw} from the start with exactly-once and the same
 * {@link StreamsSettings}, and the time to commit past its end is what each took. Each is timed
 * twice: overall, from start (group join and JIT warm-up included), and steady, from when its
 * commits pass the first {@link #STEADY_AFTER} of the stories. The broker runs in this JVM when
 * embedded, so CPU and heap figures include it.
 */
public final class PipelineBenchmark {

    /** Share of the stories left out of the steady rate: start-up, rebalancing and JIT warm-up. */
    static final double STEADY_AFTER = 0.1;

    /** What one topology took. */
    public record Phase(
            long stories,
            double seconds,
            long steadyStories,
            double steadySeconds,
            double processCpuSeconds,
            double streamThreadCpuSeconds,
            long peakHeapBytes,
            long liveHeapBytes) {

        public double perSecond() {
            return stories / seconds;
        }

        public double steadyPerSecond() {
            return steadyStories / steadySeconds;
        }

        /** Cores the whole process kept busy on average (broker included when embedded). */
        public double processCores() {
            return processCpuSeconds / seconds;
        }

        /** Cores the topology's stream threads kept busy on average. */
        public double streamThreadCores() {
            return streamThreadCpuSeconds / seconds;
        }
    }

    /** Both topologies over the same stories. */
    public record Result(StoryMix mix, Phase passThrough, Phase processor) {}

    private static final String PASS_THROUGH_OUT = "bench.pass-through";

    private PipelineBenchmark() {}

    /**
     * What runs before anything is timed, so that both topologies are measured with compiled code,
     * as long-running instances are.
     *
     * @param extraction how long to run the processor's extractor over the mix on this thread
     * @param rehearsals untimed runs of each topology over all of stories.raw: the broker and the
     *     clients (transactions, fetches, four sinks) have code paths of their own that the JIT
     *     otherwise compiles while the processor is timed (measured: ~0.6 of 2 cores)
     */
    public record WarmUp(Duration extraction, int rehearsals) {}

    public static Result run(String bootstrap, StoryMix mix, int copies, int threads, WarmUp warmUp, Path stateDir)
            throws Exception {
        StoryExtractor extractor = ProcessorApp.extractor();
        ExtractionBenchmark.loop(extractor, mix.stories(), warmUp.extraction());
        TopicProvisioner.ensure(bootstrap, Topics.all(), Optional.empty());
        TopicProvisioner.ensure(
                bootstrap,
                List.of(new TopicSpec<>(
                        PASS_THROUGH_OUT,
                        Topics.STORIES_RAW.keySerde(),
                        Topics.STORIES_RAW.valueSerde(),
                        Topics.PARTITIONS,
                        Map.of())),
                Optional.empty());
        load(bootstrap, mix.stories(), copies);
        createCoordinatorTopics(bootstrap);
        for (int i = 0; i < warmUp.rehearsals(); i++) {
            time(bootstrap, "bench-rehearsal-pass-through-" + System.nanoTime(), passThrough(), threads, stateDir);
            time(
                    bootstrap,
                    "bench-rehearsal-processor-" + System.nanoTime(),
                    ProcessorTopology.build(extractor),
                    threads,
                    stateDir);
        }
        Phase pass = time(bootstrap, "bench-pass-through-" + System.nanoTime(), passThrough(), threads, stateDir);
        Phase proc = time(
                bootstrap,
                "bench-processor-" + System.nanoTime(),
                ProcessorTopology.build(extractor),
                threads,
                stateDir);
        return new Result(mix, pass, proc);
    }

    private static Topology passThrough() {
        StreamsBuilder builder = new StreamsBuilder();
        builder.stream(
                        Topics.STORIES_RAW.name(),
                        Consumed.with(Topics.STORIES_RAW.keySerde(), Topics.STORIES_RAW.valueSerde()))
                .to(PASS_THROUGH_OUT, Produced.with(Topics.STORIES_RAW.keySerde(), Topics.STORIES_RAW.valueSerde()));
        return builder.build();
    }

    /**
     * Publishes {@code copies} rounds of the mix, each story with a fresh id (filler repeats within a
     * round, so the id also carries its place), so keys spread over the partitions; returns how many.
     */
    private static int load(String bootstrap, List<Story> mix, int copies) throws Exception {
        Map<String, Object> config = Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrap,
                ProducerConfig.ACKS_CONFIG,
                "all",
                ProducerConfig.COMPRESSION_TYPE_CONFIG,
                "lz4",
                ProducerConfig.LINGER_MS_CONFIG,
                20,
                // The topics were just created: a first batch may meet NOT_LEADER_OR_FOLLOWER, and
                // with several batches in flight the retry then fails as out of sequence.
                ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION,
                1);
        AtomicReference<Exception> failure = new AtomicReference<>();
        int count = 0;
        try (KafkaProducer<String, Story> producer = new KafkaProducer<>(
                config,
                Topics.STORIES_RAW.keySerde().serializer(),
                Topics.STORIES_RAW.valueSerde().serializer())) {
            for (int round = 0; round < copies; round++) {
                for (int i = 0; i < mix.size(); i++) {
                    Story story = mix.get(i);
                    Story copy = new Story(
                            story.id() + "#" + round + "." + i,
                            story.source(),
                            story.url(),
                            story.headline(),
                            story.body(),
                            story.publishedAt(),
                            Instant.now(),
                            story.language(),
                            story.byline(),
                            story.dateline());
                    producer.send(new ProducerRecord<>(Topics.STORIES_RAW.name(), copy.id(), copy), (meta, e) -> {
                        if (e != null) {
                            failure.compareAndSet(null, e);
                        }
                    });
                    count++;
                }
            }
            producer.flush();
        }
        if (failure.get() != null) {
            throw new IllegalStateException("could not load stories.raw", failure.get());
        }
        return count;
    }

    /**
     * A fresh broker creates its offsets and transaction-state topics when the first group and the
     * first transactional producer ask for a coordinator, which would be timed against whichever
     * topology runs first.
     */
    private static void createCoordinatorTopics(String bootstrap) throws Exception {
        Map<String, Object> config = Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrap,
                ProducerConfig.TRANSACTIONAL_ID_CONFIG,
                "bench-coordinators-" + System.nanoTime());
        try (KafkaProducer<byte[], byte[]> producer =
                new KafkaProducer<>(config, new ByteArraySerializer(), new ByteArraySerializer())) {
            producer.initTransactions();
        }
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            admin.listConsumerGroupOffsets("bench-coordinators")
                    .partitionsToOffsetAndMetadata()
                    .get();
        }
    }

    /** Runs the topology as a new application until its commits reach the end of stories.raw. */
    private static Phase time(String bootstrap, String applicationId, Topology topology, int threads, Path stateDir)
            throws Exception {
        StreamsSettings settings = new StreamsSettings(
                applicationId,
                bootstrap,
                Files.createDirectories(stateDir.resolve(applicationId)),
                Topics.PROCESSOR_DEAD_LETTERS.name(),
                StreamsSettings.DEFAULT_COMMIT_INTERVAL,
                threads);
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            Map<TopicPartition, Long> begin = offsets(admin, OffsetSpec.earliest());
            Map<TopicPartition, Long> end = offsets(admin, OffsetSpec.latest());
            long total = end.values().stream().mapToLong(Long::longValue).sum()
                    - begin.values().stream().mapToLong(Long::longValue).sum();
            long steadyFrom = Math.round(total * STEADY_AFTER);
            Resources resources = Resources.start();
            long start = System.nanoTime();
            long steadyStart = -1;
            long steadyDone = 0;
            try (StreamsService service = new StreamsService(applicationId, topology, settings)) {
                service.start();
                while (true) {
                    long done = committed(admin, applicationId, begin, end);
                    if (steadyStart < 0 && done >= steadyFrom) {
                        steadyStart = System.nanoTime();
                        steadyDone = done;
                    }
                    if (done >= total) {
                        break;
                    }
                    TimeUnit.MILLISECONDS.sleep(50); // polling a clock-free condition in a tool, not a test
                }
                long stop = System.nanoTime();
                double streamCpu = resources.threadCpuSeconds(applicationId);
                return new Phase(
                        total,
                        (stop - start) / 1e9,
                        total - steadyDone,
                        (stop - steadyStart) / 1e9,
                        resources.processCpuSeconds(),
                        streamCpu,
                        resources.peakHeapBytes(),
                        Resources.liveHeapBytes());
            }
        }
    }

    private static Map<TopicPartition, Long> offsets(Admin admin, OffsetSpec spec) throws Exception {
        List<TopicPartition> partitions = new ArrayList<>();
        for (int p = 0; p < Topics.PARTITIONS; p++) {
            partitions.add(new TopicPartition(Topics.STORIES_RAW.name(), p));
        }
        ListOffsetsResult result =
                admin.listOffsets(partitions.stream().collect(Collectors.toMap(tp -> tp, tp -> spec)));
        Map<TopicPartition, Long> offsets = new HashMap<>();
        for (TopicPartition tp : partitions) {
            offsets.put(tp, result.partitionResult(tp).get().offset());
        }
        return offsets;
    }

    /** Stories of stories.raw the group has committed past. */
    private static long committed(
            Admin admin, String group, Map<TopicPartition, Long> begin, Map<TopicPartition, Long> end)
            throws Exception {
        Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                .partitionsToOffsetAndMetadata()
                .get();
        long done = 0;
        for (Map.Entry<TopicPartition, Long> partition : end.entrySet()) {
            OffsetAndMetadata offset = committed.get(partition.getKey());
            long from = begin.get(partition.getKey());
            done += offset == null ? 0 : Math.min(offset.offset(), partition.getValue()) - from;
        }
        return done;
    }
}
