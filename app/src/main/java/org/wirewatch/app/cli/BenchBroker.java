package org.wirewatch.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.wirewatch.broker.EmbeddedBrokerOptions;
import org.wirewatch.broker.EmbeddedKafkaBroker;
import org.wirewatch.model.topics.TopicProvisioner;
import org.wirewatch.model.topics.Topics;

/**
 * Where a benchmark runs: the cluster given with {@code --bootstrap-servers}, or else an embedded
 * broker in the benchmark's scratch folder; wirewatch's topics exist either way, and the scratch
 * folder is deleted at the end.
 */
final class BenchBroker {

    /** A benchmark run against a broker. */
    @FunctionalInterface
    interface Run<T> {
        T on(String bootstrapServers, Path scratch) throws Exception;
    }

    private BenchBroker() {}

    static <T> T run(ClusterOptions cluster, String name, Run<T> run) throws Exception {
        Path scratch = Files.createTempDirectory("wirewatch-" + name);
        try {
            if (cluster.bootstrapServers != null && !cluster.bootstrapServers.isBlank()) {
                TopicProvisioner.ensure(cluster.bootstrapServers, Topics.all(), Optional.empty());
                return run.on(cluster.bootstrapServers, scratch);
            }
            try (EmbeddedKafkaBroker broker =
                    EmbeddedKafkaBroker.start(EmbeddedBrokerOptions.in(scratch.resolve("kafka")))) {
                TopicProvisioner.ensure(broker.bootstrapServers(), Topics.all(), Optional.of((short) 1));
                return run.on(broker.bootstrapServers(), scratch);
            }
        } finally {
            TempDirs.delete(scratch);
        }
    }
}
