package org.wirewatch.processor;

import static org.wirewatch.streams.TopicSerdes.consumed;
import static org.wirewatch.streams.TopicSerdes.produced;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.processor.TimestampExtractor;
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

    private ProcessorTopology() {}

    public static Topology build(StoryExtractor extractor) {
        StreamsBuilder builder = new StreamsBuilder();
        KStream<String, Extraction> extractions = builder.stream(
                        Topics.STORIES_RAW.name(),
                        consumed(Topics.STORIES_RAW, "stories").withTimestampExtractor(new PublishedAtTimestamps()))
                .filter((id, story) -> story != null, Named.as("drop-tombstones"))
                .mapValues(extractor::extract, Named.as("extract"));

        extractions
                .flatMapValues(Extraction::armsTransfers, Named.as("arms-transfers"))
                .to(Topics.ARMS_TRANSFERS.name(), produced(Topics.ARMS_TRANSFERS, "arms-transfers-sink"));
        extractions
                .flatMapValues(Extraction::sanctions, Named.as("sanctions"))
                .to(Topics.SANCTIONS.name(), produced(Topics.SANCTIONS, "sanctions-sink"));
        extractions
                .flatMap(
                        (id, extraction) -> extraction.statements().stream()
                                .map(s -> KeyValue.pair(s.key(), s))
                                .toList(),
                        Named.as("statements"))
                .to(Topics.STATEMENTS.name(), produced(Topics.STATEMENTS, "statements-sink"));
        return builder.build();
    }

    /** Stories are ordered and windowed by their own time, not by when they arrived. */
    static final class PublishedAtTimestamps implements TimestampExtractor {
        @Override
        public long extract(ConsumerRecord<Object, Object> record, long partitionTime) {
            return record.value() instanceof Story story ? story.publishedAt().toEpochMilli() : record.timestamp();
        }
    }
}
