package org.wirewatch.alerts.api;

import com.fasterxml.jackson.core.type.TypeReference;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.KeyQueryMetadata;
import org.apache.kafka.streams.StreamsMetadata;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.state.HostInfo;
import org.wirewatch.alerts.AlertsTopology;
import org.wirewatch.alerts.query.AlertEntry;
import org.wirewatch.alerts.query.LocalAlertStores;
import org.wirewatch.alerts.stance.CurrentStance;
import org.wirewatch.alerts.stance.LineHistory;

/**
 * Answers queries over all instances of the alerts application: lists are gathered from every
 * instance (each owns some partitions) and merged; one line's history comes from the instance that
 * owns its key. Instances are found in Kafka Streams' metadata, which carries each one's {@code
 * application.server}; without one ({@code self} null) this is the only instance.
 */
public final class AlertsCluster {

    /** Newest detected first; the id breaks ties so every instance merges to the same order. */
    static final Comparator<AlertEntry> NEWEST_FIRST = Comparator.comparing(
                    (AlertEntry e) -> e.alert().detectedAt())
            .thenComparing(e -> e.alert().alertId())
            .reversed();

    private static final TypeReference<List<AlertEntry>> ALERTS = new TypeReference<>() {};
    private static final TypeReference<List<CurrentStance>> STANCES = new TypeReference<>() {};
    private static final TypeReference<LineHistory> HISTORY = new TypeReference<>() {};

    private final KafkaStreams streams;
    private final LocalAlertStores local;
    private final HostInfo self;
    private final Peers peers;

    /** @param self this instance's advertised endpoint, or null for a single instance */
    public AlertsCluster(KafkaStreams streams, HostInfo self, Peers peers) {
        this.streams = streams;
        this.local = new LocalAlertStores(streams);
        this.self = self;
        this.peers = peers;
    }

    /** This instance's stores only, for {@code /internal/...} and readiness. */
    public LocalAlertStores local() {
        return local;
    }

    /** @param rawQuery the caller's query string, passed on unchanged so every instance filters alike */
    public List<AlertEntry> recentAlerts(AlertQuery query, String rawQuery) {
        List<AlertEntry> all = new ArrayList<>(locally(() -> local.recentAlerts(query.filter(), query.limit())));
        String path = "/internal/alerts" + (rawQuery == null || rawQuery.isEmpty() ? "" : "?" + rawQuery);
        for (HostInfo peer : peers()) {
            all.addAll(peers.get(peer, path, ALERTS).orElse(List.of()));
        }
        all.sort(NEWEST_FIRST);
        return all.size() <= query.limit() ? all : List.copyOf(all.subList(0, query.limit()));
    }

    public List<CurrentStance> stancesOf(String state) {
        List<CurrentStance> all = new ArrayList<>(locally(() -> local.stancesOf(state)));
        for (HostInfo peer : peers()) {
            all.addAll(peers.get(peer, "/internal/states/" + state + "/stances", STANCES)
                    .orElse(List.of()));
        }
        all.sort(Comparator.comparing(CurrentStance::key).thenComparing(CurrentStance::category));
        return all;
    }

    /** The line's history from the instance owning {@code key}, asked over HTTP if not this one. */
    public Optional<LineHistory> history(String key) {
        HostInfo owner = ownerOf(key);
        if (owner == null) {
            return locally(() -> local.history(key));
        }
        return peers.get(
                owner, "/internal/stances/" + URLEncoder.encode(key, StandardCharsets.UTF_8) + "/history", HISTORY);
    }

    /** Null when this instance owns the key (or is the only one). */
    private HostInfo ownerOf(String key) {
        if (self == null) {
            return null;
        }
        KeyQueryMetadata metadata =
                streams.queryMetadataForKey(AlertsTopology.STANCE_STORE, key, new StringSerializer());
        if (metadata == null || metadata == KeyQueryMetadata.NOT_AVAILABLE) {
            throw new PeerUnavailable("no instance owns " + key + " yet (starting or rebalancing); retry shortly");
        }
        return metadata.activeHost().equals(self) ? null : metadata.activeHost();
    }

    /** Every other instance that has joined the application. */
    private List<HostInfo> peers() {
        if (self == null) {
            return List.of();
        }
        return streams.metadataForAllStreamsClients().stream()
                .map(StreamsMetadata::hostInfo)
                .filter(host -> !host.equals(self))
                .distinct()
                .toList();
    }

    private static <T> T locally(Supplier<T> read) {
        try {
            return read.get();
        } catch (InvalidStateStoreException e) {
            throw new PeerUnavailable("stores are not queryable now (starting or rebalancing); retry shortly", e);
        }
    }
}
