package org.wirewatch.processor;

import static org.wirewatch.streams.TopicSerdes.consumed;
import static org.wirewatch.streams.TopicSerdes.produced;

import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.processor.TimestampExtractor;
import org.wirewatch.model.Affiliation;
import org.wirewatch.model.Story;
import org.wirewatch.model.topics.Topics;
import org.wirewatch.processor.extract.Extraction;
import org.wirewatch.processor.extract.StoryExtractor;

/**
 * {@code stories.raw} → extract → {@code mentions.arms-transfers}, {@code mentions.sanctions}
 * (keyed by story id) and {@code statements} (keyed by state and line, so the alerts service
 * co-partitions on it). Records keep the story's {@code publishedAt} as their timestamp, so event
 * time flows downstream. A pure function of its arguments: no I/O happens here.
 */
public final class ProcessorTopology {

    /** Learned speakers, global. Its name fixes the store's: do not rename. */
    public static final String AFFILIATIONS_STORE = "speaker-affiliations";

    private ProcessorTopology() {}

    public static Topology build(StoryExtractor extractor) {
        StreamsBuilder builder = new StreamsBuilder();
        builder.globalTable(
                Topics.SPEAKER_AFFILIATIONS.name(),
                consumed(Topics.SPEAKER_AFFILIATIONS, "speaker-affiliations"),
                Materialized.as(AFFILIATIONS_STORE));
        KStream<String, Extraction> extractions = builder.stream(
                        Topics.STORIES_RAW.name(),
                        consumed(Topics.STORIES_RAW, "stories").withTimestampExtractor(new PublishedAtTimestamps()))
                .filter((id, story) -> story != null, Named.as("drop-tombstones"))
                .processValues(() -> new StoryReading(extractor, AFFILIATIONS_STORE), Named.as("extract"));

        extractions
                .flatMapValues(Extraction::armsTransfers, Named.as("arms-transfers"))
                .to(Topics.ARMS_TRANSFERS.name(), produced(Topics.ARMS_TRANSFERS, "arms-transfers-sink"));
        extractions
                .flatMapValues(Extraction::sanctions, Named.as("sanctions"))
                .to(Topics.SANCTIONS.name(), produced(Topics.SANCTIONS, "sanctions-sink"));
        extractions
                .flatMap((id, extraction) -> byName(extraction.affiliations()), Named.as("affiliations"))
                .to(Topics.SPEAKER_AFFILIATIONS.name(), produced(Topics.SPEAKER_AFFILIATIONS, "affiliations-sink"));
        extractions
                .flatMap(
                        (id, extraction) -> extraction.statements().stream()
                                .map(s -> KeyValue.pair(s.key(), s))
                                .toList(),
                        Named.as("statements"))
                .to(Topics.STATEMENTS.name(), produced(Topics.STATEMENTS, "statements-sink"));
        return builder.build();
    }

    /**
     * Keyed by full name and, when the name has several words, by surname too: later stories often
     * give only the surname ("Kanaani said").
     */
    private static List<KeyValue<String, Affiliation>> byName(List<Affiliation> affiliations) {
        List<KeyValue<String, Affiliation>> records = new ArrayList<>();
        for (Affiliation affiliation : affiliations) {
            records.add(KeyValue.pair(affiliation.name(), affiliation));
            String[] words = affiliation.name().split("\\s+");
            if (words.length > 1) {
                records.add(KeyValue.pair(words[words.length - 1], affiliation));
            }
        }
        return records;
    }

    /**
     * Stories are ordered and windowed by their own time, not by when they arrived; but never by a
     * time after they arrived. A source that dates a story ahead (a wrong clock, a lie) would stamp
     * the story's output with a time the broker refuses once it is further ahead than
     * {@code message.timestamp.after.max.ms}, and under exactly-once a refused write fails the whole
     * transaction, so the story would stop the stream for good. Its arrival is the latest time it
     * can have been published. The story itself keeps the date it claims.
     */
    static final class PublishedAtTimestamps implements TimestampExtractor {
        @Override
        public long extract(ConsumerRecord<Object, Object> record, long partitionTime) {
            if (!(record.value() instanceof Story story)) {
                return record.timestamp();
            }
            long published = story.publishedAt().toEpochMilli();
            return record.timestamp() >= 0 ? Math.min(published, record.timestamp()) : published;
        }
    }
}
