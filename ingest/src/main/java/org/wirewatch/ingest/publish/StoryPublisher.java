package org.wirewatch.ingest.publish;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.InterruptException;
import org.wirewatch.ingest.canon.Admission;
import org.wirewatch.ingest.canon.CanonicalStories;
import org.wirewatch.ingest.canon.FingerprintedStories;
import org.wirewatch.model.RejectedInput;
import org.wirewatch.model.Story;
import org.wirewatch.model.topics.TopicSpec;
import org.wirewatch.model.topics.Topics;

/**
 * Publishes stories to {@code stories.raw} (key = story id) and rejected inputs to {@code
 * stories.rejected} (key = origin). Each publish returns only once the broker has acknowledged
 * every record to all in-sync replicas, so a caller may then discard its input. Every source
 * publishes through here, so here recent stories are compared ({@link CanonicalStories}): exact
 * duplicates are dropped, syndicated copies marked. Thread-safe.
 */
public final class StoryPublisher implements AutoCloseable {

    /** Our own wait on acknowledgements is a little longer than Kafka's delivery timeout. */
    private static final Duration ACK_WAIT_MARGIN = Duration.ofSeconds(5);

    private final Producer<String, Story> stories;
    private final Producer<String, RejectedInput> rejections;
    private final Duration timeout;
    private final PublishTally tally = new PublishTally();
    private final CanonicalStories canonical;

    /** Use {@link #connect}; this constructor lets tests pass {@code MockProducer}s. */
    public StoryPublisher(
            Producer<String, Story> stories,
            Producer<String, RejectedInput> rejections,
            Duration timeout,
            CanonicalStories canonical) {
        this.stories = requireNonNull(stories, "stories");
        this.rejections = requireNonNull(rejections, "rejections");
        this.timeout = requireNonNull(timeout, "timeout");
        this.canonical = requireNonNull(canonical, "canonical");
    }

    /** With a memory of recent stories of its own. */
    public StoryPublisher(
            Producer<String, Story> stories, Producer<String, RejectedInput> rejections, Duration timeout) {
        this(stories, rejections, timeout, new CanonicalStories());
    }

    /**
     * @param timeout longest a publish may take, waiting for metadata and acknowledgements; when
     *     Kafka is unreachable a publish fails after this long
     * @param canonical the memory of recent stories, shared with every other publisher of the
     *     process so that a copy is recognised whichever source it came through
     */
    public static StoryPublisher connect(String bootstrapServers, Duration timeout, CanonicalStories canonical) {
        return new StoryPublisher(
                producer(Topics.STORIES_RAW, producerConfig(bootstrapServers, timeout, "stories")),
                producer(Topics.STORIES_REJECTED, producerConfig(bootstrapServers, timeout, "rejections")),
                timeout,
                canonical);
    }

    /**
     * Idempotent (a retry after a lost acknowledgement writes no duplicate), acks from all in-sync
     * replicas, and lz4, the fastest codec measured for ~3 KB JSON stories.
     */
    static Map<String, Object> producerConfig(String bootstrapServers, Duration timeout, String purpose) {
        Map<String, Object> config = new HashMap<>();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ProducerConfig.CLIENT_ID_CONFIG, "wirewatch-ingest-" + purpose);
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        // A file's stories are sent together; a short linger batches them without adding latency.
        // Big batches (the default is 16 KiB, five stories) cost the broker fewer requests and
        // compress better; 512 KiB stays well under the broker's 1 MiB limit on a batch.
        config.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        config.put(ProducerConfig.BATCH_SIZE_CONFIG, 512 * 1024);
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, timeout.toMillis());
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) timeout.toMillis());
        // Kafka requires delivery.timeout.ms >= linger.ms + request.timeout.ms.
        config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) timeout.toMillis() / 2);
        return config;
    }

    /**
     * Publishes the stories keyed by id and waits until every one is acknowledged, leaving out
     * those whose content was published recently and marking syndicated copies. On a failure only
     * the stories Kafka acknowledged are remembered as published: the caller's retry of the batch
     * leaves them out as duplicates and sends the rest, so a broker that fails halfway through a
     * batch causes no duplicate (unless an acknowledgement itself was lost).
     *
     * @return what was published: the stories as sent (copies marked), and how many were left out
     */
    public Admission publishStories(List<Story> batch) throws PublishException {
        return publishStories(FingerprintedStories.of(batch));
    }

    /** As {@link #publishStories(List)}, with the stories' fingerprints taken ahead, off this thread. */
    public Admission publishStories(FingerprintedStories batch) throws PublishException {
        Admission admission = canonical.admit(batch);
        List<Future<RecordMetadata>> acks = new ArrayList<>(admission.stories().size());
        try {
            sendAll(stories, Topics.STORIES_RAW, admission.stories(), Story::id, acks);
        } catch (PublishException | RuntimeException e) {
            canonical.forget(unacknowledged(admission.stories(), acks));
            throw e;
        }
        tally.published(admission);
        return admission;
    }

    /** Publishes the rejections keyed by origin and waits until every one is acknowledged. */
    public void publishRejections(List<RejectedInput> batch) throws PublishException {
        sendAll(rejections, Topics.STORIES_REJECTED, batch, RejectedInput::origin, new ArrayList<>());
        tally.rejectionsPublished(batch.size());
    }

    public PublishCounts counts() {
        return tally.counts();
    }

    /** @param acks filled with one future per value sent, in order: on a failure, some are missing */
    private <V> void sendAll(
            Producer<String, V> producer,
            TopicSpec<String, V> topic,
            List<V> values,
            Function<V, String> key,
            List<Future<RecordMetadata>> acks)
            throws PublishException {
        try {
            for (V value : values) {
                Future<RecordMetadata> ack = producer.send(new ProducerRecord<>(topic.name(), key.apply(value), value));
                // A send that failed at once (no metadata within the timeout) fails the rest too:
                // stop here rather than wait the timeout again for every record.
                if (ack.isDone()) {
                    ack.get();
                }
                acks.add(ack);
            }
            awaitAll(acks);
        } catch (ExecutionException e) {
            throw failed(topic, e.getCause());
        } catch (KafkaException | TimeoutException e) {
            throw failed(topic, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw failed(topic, new InterruptException(e));
        }
    }

    /** The stories whose send failed, was never made, or is still unanswered. */
    private static List<Story> unacknowledged(List<Story> sent, List<Future<RecordMetadata>> acks) {
        List<Story> unacknowledged = new ArrayList<>();
        for (int i = 0; i < sent.size(); i++) {
            if (i >= acks.size() || !acknowledged(acks.get(i))) {
                unacknowledged.add(sent.get(i));
            }
        }
        return unacknowledged;
    }

    private static boolean acknowledged(Future<RecordMetadata> ack) {
        if (!ack.isDone() || ack.isCancelled()) {
            return false;
        }
        try {
            ack.get();
            return true;
        } catch (ExecutionException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private void awaitAll(List<Future<RecordMetadata>> acks)
            throws ExecutionException, TimeoutException, InterruptedException {
        long deadline = System.nanoTime() + timeout.plus(ACK_WAIT_MARGIN).toNanos();
        for (Future<RecordMetadata> ack : acks) {
            ack.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        }
    }

    private PublishException failed(TopicSpec<?, ?> topic, Throwable cause) {
        tally.failed();
        return new PublishException("Kafka did not acknowledge a record on " + topic.name(), cause);
    }

    /** Sends what is buffered, waiting up to the publish timeout, then releases the producers. */
    @Override
    public void close() {
        stories.close(timeout);
        rejections.close(timeout);
    }

    private static <V> Producer<String, V> producer(TopicSpec<String, V> topic, Map<String, Object> config) {
        return new KafkaProducer<>(
                config, topic.keySerde().serializer(), topic.valueSerde().serializer());
    }
}
