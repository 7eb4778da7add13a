package org.wirewatch.app.eval;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
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
import org.wirewatch.streams.StreamsService;
import org.wirewatch.streams.StreamsSettings;

/**
 * The processor topology next to a pass-through topology, over the same stories on the same broker
 * in one run: both read all of {@code stories.raw} from the start with exactly-once, and the time to
 * commit past its end is what each took. Startup and rebalance are included in both.
 */
public final class PipelineBenchmark {

    /** Stories per second each topology processed. */
    public record Result(int stories, double passThroughPerSecond, double processorPerSecond) {}

    private static final String PASS_THROUGH_OUT = "bench.pass-through";

    private PipelineBenchmark() {}

    public static Result run(
            String bootstrap, Path corpusDir, double relevantShare, int copies, int threads, Path stateDir)
            throws Exception {
        List<Story> mix = ExtractionBenchmark.mix(Corpus.read(corpusDir), relevantShare);
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
        int stories = load(bootstrap, mix, copies);
        double pass = stories
                / seconds(bootstrap, "bench-pass-through-" + System.nanoTime(), passThrough(), threads, stateDir);
        double proc = stories
                / seconds(
                        bootstrap,
                        "bench-processor-" + System.nanoTime(),
                        ProcessorTopology.build(ProcessorApp.extractor()),
                        threads,
                        stateDir);
        return new Result(stories, pass, proc);
    }

    private static Topology passThrough() {
        StreamsBuilder builder = new StreamsBuilder();
        builder.stream(
                        Topics.STORIES_RAW.name(),
                        Consumed.with(Topics.STORIES_RAW.keySerde(), Topics.STORIES_RAW.valueSerde()))
                .to(PASS_THROUGH_OUT, Produced.with(Topics.STORIES_RAW.keySerde(), Topics.STORIES_RAW.valueSerde()));
        return builder.build();
    }

    /** Publishes {@code copies} rounds of the mix, each story with a fresh id; returns how many. */
    private static int load(String bootstrap, List<Story> mix, int copies) throws Exception {
        Map<String, Object> config = Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrap,
                ProducerConfig.ACKS_CONFIG,
                "all",
                ProducerConfig.COMPRESSION_TYPE_CONFIG,
                "lz4",
                ProducerConfig.LINGER_MS_CONFIG,
                20);
        int count = 0;
        try (KafkaProducer<String, Story> producer = new KafkaProducer<>(
                config,
                Topics.STORIES_RAW.keySerde().serializer(),
                Topics.STORIES_RAW.valueSerde().serializer())) {
            for (int round = 0; round < copies; round++) {
                for (Story story : mix) {
                    Story copy = new Story(
                            story.id() + "#" + round,
                            story.source(),
                            story.url(),
                            story.headline(),
                            story.body(),
                            story.publishedAt(),
                            Instant.now(),
                            story.language(),
                            story.byline(),
                            story.dateline());
                    producer.send(new ProducerRecord<>(Topics.STORIES_RAW.name(), copy.id(), copy));
                    count++;
                }
            }
            producer.flush();
        }
        return count;
    }

    /** Runs the topology as a new application until its commits reach the end of stories.raw. */
    private static double seconds(String bootstrap, String applicationId, Topology topology, int threads, Path stateDir)
            throws Exception {
        StreamsSettings settings = new StreamsSettings(
                applicationId,
                bootstrap,
                Files.createDirectories(stateDir.resolve(applicationId)),
                Topics.PROCESSOR_DEAD_LETTERS.name(),
                StreamsSettings.DEFAULT_COMMIT_INTERVAL,
                threads);
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            Map<TopicPartition, Long> end = endOffsets(admin);
            long start = System.nanoTime();
            try (StreamsService service = new StreamsService(applicationId, topology, settings)) {
                service.start();
                while (!caughtUp(admin, applicationId, end)) {
                    TimeUnit.MILLISECONDS.sleep(50); // polling a clock-free condition in a tool, not a test
                }
            }
            return (System.nanoTime() - start) / 1e9;
        }
    }

    private static Map<TopicPartition, Long> endOffsets(Admin admin) throws Exception {
        List<TopicPartition> partitions = new ArrayList<>();
        for (int p = 0; p < Topics.PARTITIONS; p++) {
            partitions.add(new TopicPartition(Topics.STORIES_RAW.name(), p));
        }
        ListOffsetsResult result =
                admin.listOffsets(partitions.stream().collect(Collectors.toMap(tp -> tp, tp -> OffsetSpec.latest())));
        return partitions.stream().collect(Collectors.toMap(tp -> tp, tp -> {
            try {
                return result.partitionResult(tp).get().offset();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }));
    }

    private static boolean caughtUp(Admin admin, String group, Map<TopicPartition, Long> end) throws Exception {
        Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                .partitionsToOffsetAndMetadata()
                .get();
        return end.entrySet().stream().allMatch(e -> {
            OffsetAndMetadata offset = committed.get(e.getKey());
            return e.getValue() == 0 || (offset != null && offset.offset() >= e.getValue());
        });
    }
}
