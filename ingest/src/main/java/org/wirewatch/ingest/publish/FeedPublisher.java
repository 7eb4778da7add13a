package org.wirewatch.ingest.publish;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.common.errors.OutOfOrderSequenceException;
import org.apache.kafka.common.errors.ProducerFencedException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.wirewatch.ingest.canon.Admission;
import org.wirewatch.ingest.canon.CanonicalStories;
import org.wirewatch.model.FeedState;
import org.wirewatch.model.RejectedInput;
import org.wirewatch.model.Story;
import org.wirewatch.model.topics.TopicSpec;
import org.wirewatch.model.topics.Topics;

/**
 * Publishes what one fetch of a feed gave — its stories, its rejections and the feed's new state
 * — in one Kafka transaction. Either all of it is written or none: a crash after the stories can
 * neither lose the state (and publish them again on restart) nor keep a state whose stories were
 * never written. Readers of {@code stories.*} with {@code read_committed} (Kafka Streams with
 * exactly-once, the tests) see the stories once the state is written too.
 *
 * <p>Same producer settings as {@link StoryPublisher} plus a transactional id, which also fences a
 * second poller started with the same id. Thread-safe: publishes are serialised, as a producer
 * runs one transaction at a time.
 */
public final class FeedPublisher implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(FeedPublisher.class);

    private final Map<String, Object> config;
    private final Duration timeout;
    private final PublishTally tally = new PublishTally();
    private final CanonicalStories canonical;
    // Created at the first publish, and again after a fatal error, so a broker that is down at
    // start costs failed publishes, not a failed start.
    private Producer<String, byte[]> producer;

    /**
     * @param transactionalId unique per poller: a second producer with it fences the first
     * @param canonical the memory of recent stories shared with the process's other publishers
     */
    public FeedPublisher(
            String bootstrapServers, String transactionalId, Duration timeout, CanonicalStories canonical) {
        this.timeout = requireNonNull(timeout, "timeout");
        this.canonical = requireNonNull(canonical, "canonical");
        this.config = StoryPublisher.producerConfig(bootstrapServers, timeout, "feeds");
        config.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, requireNonNull(transactionalId, "transactionalId"));
        config.put(ProducerConfig.TRANSACTION_TIMEOUT_CONFIG, (int)
                timeout.multipliedBy(2).toMillis());
    }

    /**
     * Writes all of it in one transaction, or none of it. Stories whose content was published
     * recently are left out and syndicated copies marked, as for every source; on a failure they
     * are forgotten, so the next fetch's retry is no duplicate.
     */
    public synchronized void publish(
            String feedName, List<Story> stories, List<RejectedInput> rejections, FeedState state)
            throws PublishException {
        Admission admission = canonical.admit(stories);
        try {
            Producer<String, byte[]> transactional = producer();
            transactional.beginTransaction();
            admission.stories().forEach(story -> send(transactional, Topics.STORIES_RAW, story.id(), story));
            rejections.forEach(
                    rejection -> send(transactional, Topics.STORIES_REJECTED, rejection.origin(), rejection));
            send(transactional, Topics.FEED_STATE, feedName, state);
            transactional.commitTransaction();
        } catch (KafkaException e) {
            canonical.forget(admission.stories()); // the transaction is aborted: none was published
            abort(e);
            tally.failed();
            throw new PublishException("Kafka did not commit the fetch of feed " + feedName, e);
        }
        tally.published(admission);
        tally.rejectionsPublished(rejections.size());
    }

    public PublishCounts counts() {
        return tally.counts();
    }

    private Producer<String, byte[]> producer() {
        if (producer == null) {
            Producer<String, byte[]> created =
                    new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer());
            try {
                created.initTransactions();
            } catch (KafkaException e) {
                created.close(Duration.ZERO);
                throw e;
            }
            producer = created;
        }
        return producer;
    }

    private static <V> void send(Producer<String, byte[]> producer, TopicSpec<String, V> topic, String key, V value) {
        byte[] bytes = topic.valueSerde().serializer().serialize(topic.name(), value);
        producer.send(new ProducerRecord<>(topic.name(), key, bytes));
    }

    /** Aborts the open transaction; after an error no transaction can follow, starts afresh. */
    private void abort(KafkaException cause) {
        if (producer == null) {
            return;
        }
        boolean fatal = cause instanceof ProducerFencedException
                || cause instanceof OutOfOrderSequenceException
                || cause instanceof AuthorizationException;
        if (!fatal) {
            try {
                producer.abortTransaction();
                return;
            } catch (KafkaException e) {
                LOG.warn("aborting the feed transaction failed; the producer is created again: {}", e.toString());
            }
        }
        producer.close(Duration.ZERO);
        producer = null;
    }

    @Override
    public synchronized void close() {
        if (producer != null) {
            producer.close(timeout);
            producer = null;
        }
    }
}
