package org.wirewatch.alerts.sanctions;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;
import org.wirewatch.alerts.AlertIds;
import org.wirewatch.model.AlertEvidence;
import org.wirewatch.model.SanctionAction;
import org.wirewatch.model.SanctionAlert;
import org.wirewatch.model.SanctionMention;
import org.wirewatch.model.SanctionReason;
import org.wirewatch.model.Severity;
import org.wirewatch.model.json.JsonSerde;

/**
 * Alerts when sanctions are imposed on, eased on or lifted from a state (records keyed by the
 * target). Threats, considerations and demands are stances, not measures, and extensions keep
 * what exists; none of them alert here. A measure re-told by other outlets or over the next days
 * ({@code window}) is the same alert.
 */
public final class SanctionMeasures implements Processor<String, SanctionMention, String, SanctionAlert> {

    private static final Set<SanctionAction> MEASURES =
            Set.of(SanctionAction.IMPOSED, SanctionAction.EASED, SanctionAction.LIFTED);

    private final String storeName;
    private final Duration window;
    private ProcessorContext<String, SanctionAlert> context;
    private KeyValueStore<String, TargetMeasures> targets;

    public SanctionMeasures(String storeName, Duration window) {
        this.storeName = storeName;
        this.window = window;
    }

    public static StoreBuilder<KeyValueStore<String, TargetMeasures>> storeBuilder(String name) {
        return Stores.keyValueStoreBuilder(
                Stores.persistentKeyValueStore(name), Serdes.String(), JsonSerde.of(TargetMeasures.class));
    }

    /** Whether a mention is a measure on a state this processor alerts on. */
    public static boolean isMeasureOnAState(SanctionMention mention) {
        return mention != null && mention.target() != null && MEASURES.contains(mention.action());
    }

    @Override
    public void init(ProcessorContext<String, SanctionAlert> context) {
        this.context = context;
        this.targets = context.getStateStore(storeName);
    }

    @Override
    public void process(Record<String, SanctionMention> record) {
        SanctionMention mention = record.value();
        if (!isMeasureOnAState(mention)) {
            return;
        }
        MeasureSeen measure = new MeasureSeen(
                mention.imposer(), mention.action(), Set.copyOf(mention.targetEntities()), mention.publishedAt());
        TargetMeasures seen = targets.get(record.key());
        seen = seen == null ? TargetMeasures.NONE : seen;
        if (seen.known(measure, window)) {
            return;
        }
        SanctionAlert alert = alertFor(mention);
        context.forward(record.withKey(alert.key()).withValue(alert));
        targets.put(record.key(), seen.with(measure, window));
    }

    private SanctionAlert alertFor(SanctionMention mention) {
        return new SanctionAlert(
                AlertIds.of(
                        mention.target(),
                        mention.imposer(),
                        mention.action().name(),
                        String.join(",", new TreeSet<>(mention.targetEntities())),
                        mention.storyId()),
                mention.imposer(),
                mention.target(),
                mention.action(),
                mention.targetEntities(),
                mention.reason(),
                mention.publishedAt(),
                List.of(new AlertEvidence(
                        mention.storyId(), null, null, mention.evidence().sentence())),
                severity(mention),
                Instant.ofEpochMilli(context.currentSystemTimeMs()));
    }

    /** Lifting, and measures that answer an arms transfer, are what desks act on first: HIGH. */
    static Severity severity(SanctionMention mention) {
        return mention.action() == SanctionAction.LIFTED || mention.reason() == SanctionReason.ARMS_TRANSFER
                ? Severity.HIGH
                : Severity.MEDIUM;
    }
}
