package org.wirewatch.model.topics;

import static java.util.Objects.requireNonNull;

import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.serialization.Serde;

/**
 * A topic declared once: its name, serdes and settings. Replication is left to the cluster it is
 * created on (1 on the embedded broker, 3 in docker-compose).
 *
 * @param partitions default partition count; topics joined or co-partitioned share it
 * @param configs topic-level configs (retention, cleanup policy …)
 */
public record TopicSpec<K, V>(
        String name, Serde<K> keySerde, Serde<V> valueSerde, int partitions, Map<String, String> configs) {

    public TopicSpec {
        requireNonNull(name, "name");
        requireNonNull(keySerde, "keySerde");
        requireNonNull(valueSerde, "valueSerde");
        configs = Map.copyOf(configs);
    }

    /** @param replicationFactor empty for the cluster's {@code default.replication.factor} */
    public NewTopic newTopic(Optional<Short> replicationFactor) {
        return new NewTopic(name, Optional.of(partitions), replicationFactor).configs(configs);
    }
}
