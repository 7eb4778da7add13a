package org.wirewatch.processor;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.ValueAndTimestamp;
import org.wirewatch.model.Affiliation;
import org.wirewatch.model.Story;
import org.wirewatch.processor.extract.Extraction;
import org.wirewatch.processor.extract.StoryExtractor;

/**
 * Extracts a story with the speakers earlier stories taught, read from the global affiliations
 * table: every instance knows every learned speaker, whichever partition taught it. Of what the
 * story teaches, only what the table does not already hold goes out again: the same spokesman
 * introduced the same way in every story would otherwise be re-published with each one.
 */
final class StoryReading implements FixedKeyProcessor<String, Story, Extraction> {

    private final StoryExtractor extractor;
    private final String affiliationsStore;
    private FixedKeyProcessorContext<String, Extraction> context;
    private KeyValueStore<String, ValueAndTimestamp<Affiliation>> affiliations;

    StoryReading(StoryExtractor extractor, String affiliationsStore) {
        this.extractor = extractor;
        this.affiliationsStore = affiliationsStore;
    }

    @Override
    public void init(FixedKeyProcessorContext<String, Extraction> context) {
        this.context = context;
        this.affiliations = context.getStateStore(affiliationsStore);
    }

    @Override
    public void process(FixedKeyRecord<String, Story> record) {
        Extraction extraction = extractor.extract(record.value(), this::known);
        List<Affiliation> news = extraction.affiliations().stream()
                .filter(learned -> !alreadyKnown(learned))
                .toList();
        context.forward(record.withValue(extraction.withAffiliations(news)));
    }

    private Optional<Affiliation> known(String name) {
        return Optional.ofNullable(affiliations.get(name)).map(ValueAndTimestamp::value);
    }

    /** Known under that name, for the same state and with the same title. */
    private boolean alreadyKnown(Affiliation learned) {
        return known(learned.name())
                .filter(held -> held.state().equals(learned.state()) && Objects.equals(held.title(), learned.title()))
                .isPresent();
    }
}
