package org.wirewatch.broker;

import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * Broker settings for a one-node KRaft cluster (broker and controller in one process) that only
 * listens on loopback. Every internal topic gets replication factor 1 and min ISR 1, or it could
 * never be created on one node; that includes the transaction state log, which Kafka Streams'
 * exactly_once_v2 needs.
 */
final class SingleNodeConfig {

    static final String HOST = "127.0.0.1";
    static final String LOG_DIR_NAME = "kafka-logs";
    private static final String CLIENT_LISTENER = "PLAINTEXT";
    private static final String CONTROLLER_LISTENER = "CONTROLLER";
    private static final String NODE_ID = "1";

    private SingleNodeConfig() {}

    /** The broker's settings, sorted by name so the written file is easy to read. */
    static Map<String, String> settings(BrokerPorts ports, Path dataDir) {
        Map<String, String> settings = new TreeMap<>();
        settings.putAll(roleAndListeners(ports));
        settings.putAll(singleReplica());
        settings.putAll(storage(dataDir));
        settings.putAll(behaviour());
        return settings;
    }

    static String bootstrapServers(BrokerPorts ports) {
        return HOST + ":" + ports.client();
    }

    private static Map<String, String> roleAndListeners(BrokerPorts ports) {
        String controller = HOST + ":" + ports.controller();
        return Map.of(
                "process.roles",
                "broker,controller",
                "node.id",
                NODE_ID,
                "listeners",
                CLIENT_LISTENER + "://" + bootstrapServers(ports) + "," + CONTROLLER_LISTENER + "://" + controller,
                "advertised.listeners",
                CLIENT_LISTENER + "://" + bootstrapServers(ports),
                "listener.security.protocol.map",
                CLIENT_LISTENER + ":PLAINTEXT," + CONTROLLER_LISTENER + ":PLAINTEXT",
                "inter.broker.listener.name",
                CLIENT_LISTENER,
                "controller.listener.names",
                CONTROLLER_LISTENER,
                // A dynamic quorum (bootstrap servers, not static voters) is what `format --standalone` sets up.
                "controller.quorum.bootstrap.servers",
                controller);
    }

    private static Map<String, String> singleReplica() {
        return Map.of(
                "default.replication.factor", "1",
                "min.insync.replicas", "1",
                "offsets.topic.replication.factor", "1",
                "transaction.state.log.replication.factor", "1",
                "transaction.state.log.min.isr", "1",
                "share.coordinator.state.topic.replication.factor", "1",
                "share.coordinator.state.topic.min.isr", "1",
                // One node serves few groups and transactions; 50 partitions each (the default) only
                // slow down the first group's start and every restart.
                "offsets.topic.num.partitions", "10",
                "transaction.state.log.num.partitions", "10");
    }

    private static Map<String, String> storage(Path dataDir) {
        return Map.of(
                "log.dirs",
                dataDir.resolve(LOG_DIR_NAME).toAbsolutePath().toString(),
                // A week of history, rolled daily so that retention deletes in day-sized steps.
                "log.retention.hours",
                "168",
                "log.roll.hours",
                "24",
                // The cleaner allocates this buffer up front (default 128 MiB of heap); 16 MiB still
                // holds ~700k keys per pass, plenty for the compacted topics of one monitor.
                "log.cleaner.dedupe.buffer.size",
                Integer.toString(16 * 1024 * 1024));
    }

    private static Map<String, String> behaviour() {
        return Map.of(
                // Topics are declared and created by the application; a typo must not create one.
                "auto.create.topics.enable", "false",
                "num.partitions", "1",
                // One process per group is the common case here: do not wait 3 s for more members.
                "group.initial.rebalance.delay.ms", "0");
    }
}
