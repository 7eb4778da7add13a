package org.wirewatch.app.cli;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.wirewatch.app.lifecycle.ServiceRun;
import org.wirewatch.model.topics.TopicProvisioner;
import org.wirewatch.model.topics.Topics;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/**
 * Runs one service built on Kafka Streams against an existing cluster until stopped: the topics are
 * created if absent, the service started, and closed at shutdown.
 */
abstract class StreamsServiceCommand implements Callable<Integer> {

    @Mixin
    ClusterOptions cluster;

    @Mixin
    StateDirOption state;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    /** Refuses bad options with a usage error, before anything touches Kafka. */
    void checkOptions() {}

    /** Creates and starts the service; it is closed when the JVM stops. */
    abstract AutoCloseable start(String bootstrapServers, Path stateDir);

    @Override
    public Integer call() throws InterruptedException {
        String bootstrap = cluster.required(spec.commandLine());
        checkOptions();
        // Streams stops at once on a missing source topic; creating them here is idempotent.
        TopicProvisioner.ensure(bootstrap, Topics.all(), Optional.empty());
        ServiceRun run = new ServiceRun();
        run.closeAtEnd(start(bootstrap, state.stateDir));
        run.awaitShutdown();
        return 0;
    }
}
