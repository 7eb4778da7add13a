package org.wirewatch.alerts.query;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;
import org.wirewatch.model.Alert;
import org.wirewatch.model.json.JsonSerde;

/**
 * Keeps each alert passing through in a store, keyed by detection time then id, so the API can
 * list the newest first without reading the topics; forwards the alert unchanged. Entries older
 * than {@code retention} (behind the newest alert) are dropped as new ones come.
 */
public final class RecentAlerts<A extends Alert> implements Processor<String, A, String, A> {

    /** Prune once per this many alerts: a range scan per alert would cost more than it frees. */
    private static final int PRUNE_EVERY = 100;

    private final String storeName;
    private final Duration retention;
    private ProcessorContext<String, A> context;
    private KeyValueStore<String, AlertEntry> store;
    private int sincePrune;

    public RecentAlerts(String storeName, Duration retention) {
        this.storeName = storeName;
        this.retention = retention;
    }

    public static StoreBuilder<KeyValueStore<String, AlertEntry>> storeBuilder(String name) {
        return Stores.keyValueStoreBuilder(
                Stores.persistentKeyValueStore(name), Serdes.String(), JsonSerde.of(AlertEntry.class));
    }

    /** Sorts by time as text: fixed-width epoch milliseconds, then the id. */
    static String keyOf(Instant detectedAt, String alertId) {
        return String.format("%013d|%s", detectedAt.toEpochMilli(), alertId);
    }

    @Override
    public void init(ProcessorContext<String, A> context) {
        this.context = context;
        this.store = context.getStateStore(storeName);
    }

    @Override
    public void process(Record<String, A> record) {
        A alert = record.value();
        if (alert != null) {
            store.put(keyOf(alert.detectedAt(), alert.alertId()), AlertEntry.of(alert));
            if (++sincePrune >= PRUNE_EVERY) {
                sincePrune = 0;
                prune(alert.detectedAt().minus(retention));
            }
        }
        context.forward(record);
    }

    private void prune(Instant cutoff) {
        List<String> old = new ArrayList<>();
        try (KeyValueIterator<String, AlertEntry> it = store.range(null, keyOf(cutoff, ""))) {
            it.forEachRemaining((KeyValue<String, AlertEntry> kv) -> old.add(kv.key));
        }
        old.forEach(store::delete);
    }
}
