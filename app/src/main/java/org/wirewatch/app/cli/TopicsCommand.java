package org.wirewatch.app.cli;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.wirewatch.model.topics.TopicProvisioner;
import org.wirewatch.model.topics.Topics;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
        name = "topics",
        mixinStandardHelpOptions = true,
        description = "Create wirewatch's topics on a cluster if they are absent (idempotent).")
public final class TopicsCommand implements Callable<Integer> {

    @Mixin
    ClusterOptions cluster;

    @Option(
            names = "--replication-factor",
            description = "Replicas per partition; default: the cluster's default.replication.factor.")
    Short replicationFactor;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        List<String> created = TopicProvisioner.ensure(
                cluster.required(spec.commandLine()), Topics.all(), Optional.ofNullable(replicationFactor));
        System.out.println(created.isEmpty() ? "all topics exist" : "created " + String.join(", ", created));
        return 0;
    }
}
