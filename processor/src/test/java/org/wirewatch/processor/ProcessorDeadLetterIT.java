package org.wirewatch.processor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.utils.Bytes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.wirewatch.broker.KafkaBroker;
import org.wirewatch.model.Story;
import org.wirewatch.model.topics.TopicProvisioner;
import org.wirewatch.model.topics.Topics;
import org.wirewatch.streams.StreamsService;
import org.wirewatch.testkit.KafkaBrokerExtension;
import org.wirewatch.testkit.TopicTail;

/** Bad records on a real broker: routed to dead letters with the reason, and the stream goes on. */
@ExtendWith(KafkaBrokerExtension.class)
class ProcessorDeadLetterIT {

    @TempDir
    Path stateDir;

    @Test
    void shouldSendUnreadableStoryToDeadLettersWithReasonAndKeepProcessing(KafkaBroker broker) throws Exception {
        // Given a running processor
        String bootstrap = broker.bootstrapServers();
        TopicProvisioner.ensure(bootstrap, Topics.all(), Optional.of((short) 1));
        try (StreamsService processor = ProcessorApp.create(ProcessorApp.settings(bootstrap, stateDir))) {
            processor.start();

            // When a record that is not a story is followed by a story
            String badKey = "broken-" + UUID.randomUUID();
            Story good = story(Instant.parse("2022-10-10T08:00:00Z"));
            try (KafkaProducer<byte[], byte[]> producer = producer(bootstrap)) {
                producer.send(record(badKey, "{\"id\": 42, \"body\": [")).get();
                producer.send(new ProducerRecord<>(
                                Topics.STORIES_RAW.name(),
                                good.id().getBytes(StandardCharsets.UTF_8),
                                Topics.STORIES_RAW.valueSerde().serializer().serialize("", good)))
                        .get();
            }

            // Then the bad record is a dead letter, byte for byte, with the exception in its headers
            try (var deadLetters = new TopicTail<>(bootstrap, Topics.PROCESSOR_DEAD_LETTERS);
                    var statements = new TopicTail<>(bootstrap, Topics.STATEMENTS)) {
                Bytes key = Bytes.wrap(badKey.getBytes(StandardCharsets.UTF_8));
                await().atMost(Duration.ofSeconds(60))
                        .until(() -> !deadLetters.read(r -> key.equals(r.key())).isEmpty());
                ConsumerRecord<Bytes, Bytes> dead =
                        deadLetters.read(r -> key.equals(r.key())).get(0);
                assertThat(new String(dead.value().get(), StandardCharsets.UTF_8))
                        .isEqualTo("{\"id\": 42, \"body\": [");
                assertThat(header(dead, "__streams.errors.exception")).contains("SerializationException");
                assertThat(header(dead, "__streams.errors.message")).contains("not a valid Story");

                // And the story after it was processed
                await().atMost(Duration.ofSeconds(60)).until(() -> !statements
                        .read(r -> r.value().storyId().equals(good.id()))
                        .isEmpty());
            }
            assertThat(processor.state().isRunningOrRebalancing()).isTrue();
        }
    }

    @Test
    void shouldKeepProcessingAfterAStoryDatedBeyondWhatTheBrokerAccepts(KafkaBroker broker) throws Exception {
        // Given a running processor
        String bootstrap = broker.bootstrapServers();
        TopicProvisioner.ensure(bootstrap, Topics.all(), Optional.of((short) 1));
        try (StreamsService processor = ProcessorApp.create(ProcessorApp.settings(bootstrap, stateDir))) {
            processor.start();

            // When a feed dates a story a year ahead (output stamped with that date would be refused
            // by the broker) and a story with an honest date follows on the same partition
            Story ahead = story(Instant.now().plus(Duration.ofDays(365)));
            Story honest = story(Instant.parse("2022-10-10T08:00:00Z"));
            try (KafkaProducer<byte[], byte[]> producer = producer(bootstrap)) {
                for (Story story : new Story[] {ahead, honest}) {
                    producer.send(new ProducerRecord<>(
                                    Topics.STORIES_RAW.name(),
                                    0,
                                    story.id().getBytes(StandardCharsets.UTF_8),
                                    Topics.STORIES_RAW.valueSerde().serializer().serialize("", story)))
                            .get();
                }
            }

            // Then both are read, the first with the date it claims
            try (var statements = new TopicTail<>(bootstrap, Topics.STATEMENTS)) {
                await().atMost(Duration.ofSeconds(60)).until(() -> !statements
                        .read(r -> r.value().storyId().equals(honest.id()))
                        .isEmpty());
                assertThat(statements.read(r -> r.value().storyId().equals(ahead.id())))
                        .singleElement()
                        .satisfies(r -> assertThat(r.value().publishedAt()).isEqualTo(ahead.publishedAt()));
            }
            assertThat(processor.state().isRunningOrRebalancing()).isTrue();
        }
    }

    private static Story story(Instant publishedAt) {
        return new Story(
                "urn:it:" + UUID.randomUUID(),
                "it-wire",
                null,
                "Iran denies drone deliveries",
                "Iran's foreign ministry spokesman denied that Tehran had supplied drones to Russia.",
                publishedAt,
                Instant.now(),
                "en",
                null,
                null);
    }

    private static ProducerRecord<byte[], byte[]> record(String key, String value) {
        return new ProducerRecord<>(
                Topics.STORIES_RAW.name(),
                key.getBytes(StandardCharsets.UTF_8),
                value.getBytes(StandardCharsets.UTF_8));
    }

    private static KafkaProducer<byte[], byte[]> producer(String bootstrap) {
        return new KafkaProducer<>(
                Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap),
                new ByteArraySerializer(),
                new ByteArraySerializer());
    }

    private static String header(ConsumerRecord<Bytes, Bytes> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? "" : new String(header.value(), StandardCharsets.UTF_8);
    }
}
