package org.wirewatch.alerts.transfers;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;
import org.wirewatch.alerts.AlertIds;
import org.wirewatch.model.AlertEvidence;
import org.wirewatch.model.ArmsTransferMention;
import org.wirewatch.model.Modality;
import org.wirewatch.model.NewTransferAlert;
import org.wirewatch.model.Severity;
import org.wirewatch.model.json.JsonSerde;

/**
 * Alerts on the first report of transfers between a supplier and a recipient after {@code window}
 * without one (records keyed by the pair). Denials and refusals are not reports of a transfer.
 * Syndicated copies, other mentions in the same story and every report inside the window are the
 * same news. A report published before the latest one already seen never alerts: the pair was
 * not quiet then.
 */
public final class FirstReports implements Processor<String, ArmsTransferMention, String, NewTransferAlert> {

    private static final Set<Modality> REPORTS =
            Set.of(Modality.REPORTED, Modality.ALLEGED, Modality.PLANNED, Modality.CONFIRMED);

    private final String storeName;
    private final Duration window;
    private ProcessorContext<String, NewTransferAlert> context;
    private KeyValueStore<String, PairReports> pairs;

    public FirstReports(String storeName, Duration window) {
        this.storeName = storeName;
        this.window = window;
    }

    public static StoreBuilder<KeyValueStore<String, PairReports>> storeBuilder(String name) {
        return Stores.keyValueStoreBuilder(
                Stores.persistentKeyValueStore(name), Serdes.String(), JsonSerde.of(PairReports.class));
    }

    /** Whether a mention reports a transfer (as fact, claim, plan or admission), not a denial. */
    public static boolean isReport(ArmsTransferMention mention) {
        return mention != null && REPORTS.contains(mention.modality());
    }

    @Override
    public void init(ProcessorContext<String, NewTransferAlert> context) {
        this.context = context;
        this.pairs = context.getStateStore(storeName);
    }

    @Override
    public void process(Record<String, ArmsTransferMention> record) {
        ArmsTransferMention mention = record.value();
        if (!isReport(mention)) {
            return;
        }
        PairReports seen = pairs.get(record.key());
        Instant at = mention.publishedAt();
        if (seen == null || at.isAfter(seen.lastReportAt().plus(window))) {
            NewTransferAlert alert = alertFor(mention, seen == null ? null : seen.lastReportAt());
            context.forward(record.withKey(alert.key()).withValue(alert));
        }
        if (seen == null || at.isAfter(seen.lastReportAt())) {
            pairs.put(record.key(), new PairReports(at));
        }
    }

    private NewTransferAlert alertFor(ArmsTransferMention mention, Instant previousReportAt) {
        return new NewTransferAlert(
                AlertIds.of(NewTransferAlert.keyOf(mention.supplier(), mention.recipient()), mention.storyId()),
                mention.supplier(),
                mention.recipient(),
                mention.weapon(),
                mention.modality(),
                mention.assertedBy(),
                mention.publishedAt(),
                previousReportAt,
                List.of(new AlertEvidence(
                        mention.storyId(), null, null, mention.evidence().sentence())),
                severity(mention.modality()),
                Instant.ofEpochMilli(context.currentSystemTimeMs()));
    }

    /** Stated as fact or admitted by a party: HIGH; alleged or only planned: MEDIUM. */
    static Severity severity(Modality modality) {
        return modality == Modality.REPORTED || modality == Modality.CONFIRMED ? Severity.HIGH : Severity.MEDIUM;
    }
}
