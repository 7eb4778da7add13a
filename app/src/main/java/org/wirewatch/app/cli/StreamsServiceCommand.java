package org.wirewatch.app.cli;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.wirewatch.app.lifecycle.ServiceRun;
import org.wirewatch.model.topics.TopicProvisioner;
import org.wirewatch.model.topics.Topics;
import org.wirewatch.streams.StreamsService;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/** Runs one Kafka Streams service against an existing cluster until stopped. */
abstract class StreamsServiceCommand implements Callable<Integer> {

    @Mixin
    ClusterOptions cluster;

    @Mixin
    StateDirOption state;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    abstract StreamsService create(String bootstrapServers, Path stateDir);

    @Override
    public Integer call() throws InterruptedException {
        String bootstrap = cluster.required(spec.commandLine());
        // Streams stops at once on a missing source topic; creating them here is idempotent.
        TopicProvisioner.ensure(bootstrap, Topics.all(), Optional.empty());
        ServiceRun run = new ServiceRun();
        run.closeAtEnd(create(bootstrap, state.stateDir)).start();
        run.awaitShutdown();
        return 0;
    }
}
