package org.wirewatch.alerts.api;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.wirewatch.model.Story;
import org.wirewatch.model.topics.Topics;
import org.wirewatch.testkit.KafkaBrokerExtension;

/** Writes stories to {@code stories.raw} as ingest does, for tests of the pipeline's health. */
public final class RawStories {

    private RawStories() {}

    /** One story with an id no other test uses, published now; returns once the broker has it. */
    public static Story send(String bootstrap, String headline) throws ExecutionException, InterruptedException {
        Instant now = Instant.now();
        String id = KafkaBrokerExtension.uniqueName("urn:test:story");
        Story story = new Story(
                id, "test-wire", "https://example.org/" + id, headline, headline + ".", now, now, "en", null, null);
        try (KafkaProducer<String, Story> producer = new KafkaProducer<>(
                Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap),
                Topics.STORIES_RAW.keySerde().serializer(),
                Topics.STORIES_RAW.valueSerde().serializer())) {
            producer.send(new ProducerRecord<>(Topics.STORIES_RAW.name(), story.id(), story))
                    .get();
        }
        return story;
    }
}
