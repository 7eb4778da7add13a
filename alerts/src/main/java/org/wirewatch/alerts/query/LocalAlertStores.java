package org.wirewatch.alerts.query;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.wirewatch.alerts.AlertsTopology;
import org.wirewatch.alerts.stance.CurrentStance;
import org.wirewatch.alerts.stance.LineHistory;
import org.wirewatch.alerts.stance.StanceLine;

/**
 * Reads this instance's own stores (interactive queries). With several instances each holds the
 * partitions it owns: callers ask every instance for lists ({@link #recentAlerts}, {@link
 * #stancesOf}) and the owner of a key for one line ({@link #history}). Throws Kafka Streams'
 * {@code InvalidStateStoreException} while stores are not queryable (starting, rebalancing).
 */
public final class LocalAlertStores {

    private final KafkaStreams streams;

    public LocalAlertStores(KafkaStreams streams) {
        this.streams = streams;
    }

    /** Alerts accepted by {@code filter}, newest detected first, at most {@code limit}. */
    public List<AlertEntry> recentAlerts(AlertFilter filter, int limit) {
        List<AlertEntry> found = new ArrayList<>();
        for (String name : AlertsTopology.RECENT_ALERT_STORES) {
            try (KeyValueIterator<String, AlertEntry> it =
                    store(name, AlertEntry.class).reverseAll()) {
                int taken = 0;
                while (it.hasNext() && taken < limit) {
                    AlertEntry entry = it.next().value;
                    if (filter.accepts(entry)) {
                        found.add(entry);
                        taken++;
                    }
                }
            }
        }
        found.sort(Comparator.comparing((AlertEntry e) -> e.alert().detectedAt())
                .thenComparing(e -> e.alert().alertId())
                .reversed());
        return found.size() <= limit ? found : found.subList(0, limit);
    }

    /** The positions {@code state} holds now on every line this instance owns. */
    public List<CurrentStance> stancesOf(String state) {
        String prefix = state + "|";
        List<CurrentStance> stances = new ArrayList<>();
        try (KeyValueIterator<String, StanceLine> it =
                store(AlertsTopology.STANCE_STORE, StanceLine.class).prefixScan(prefix, new StringSerializer())) {
            it.forEachRemaining(kv -> stances.addAll(kv.value.current(kv.key)));
        }
        return stances;
    }

    /** One line's timeline, if this instance owns the key ({@code state|line}) and has seen it. */
    public Optional<LineHistory> history(String key) {
        StanceLine line = store(AlertsTopology.STANCE_STORE, StanceLine.class).get(key);
        return Optional.ofNullable(line).map(l -> l.history(key));
    }

    private <V> ReadOnlyKeyValueStore<String, V> store(String name, Class<V> valueType) {
        return streams.store(
                StoreQueryParameters.fromNameAndType(name, QueryableStoreTypes.<String, V>keyValueStore()));
    }
}
