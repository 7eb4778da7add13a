package org.wirewatch.app.cli;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.wirewatch.app.lifecycle.ServiceRun;
import org.wirewatch.ingest.IngestService;
import org.wirewatch.ingest.IngestSettings;
import org.wirewatch.ingest.http.ReceiverSettings;
import org.wirewatch.ingest.poller.PollerSettings;
import org.wirewatch.model.topics.TopicProvisioner;
import org.wirewatch.model.topics.Topics;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(
        name = "ingest",
        mixinStandardHelpOptions = true,
        description = {
            "Run ingest alone: inbox folder, RSS/Atom feeds and story receiver → stories.raw.",
            "Watches a folder for story files (.txt, ninjs .json, .jsonl, NewsML-G2 .xml). Read files move to",
            "done/, rejected ones to rejected/ with a .reason file and a record on stories.rejected.",
            "Polls the feeds given with --feed or --feeds; a failing or hostile feed costs a record on",
            "stories.rejected and a backed-off retry. `wirewatch feeds` shows each feed's state.",
            "POST /api/stories takes the same formats, and RSS/Atom, by Content-Type; also /health, /metrics."
        })
public final class IngestCommand implements Callable<Integer> {

    @Mixin
    ClusterOptions cluster;

    @Option(
            names = "--inbox",
            paramLabel = "DIR",
            defaultValue = "${env:WIREWATCH_INBOX:-inbox}",
            description = "Folder to watch (env WIREWATCH_INBOX; default: ${DEFAULT-VALUE}).")
    Path inbox;

    @Mixin
    FeedOptions feeds;

    @Option(
            names = "--http-bind",
            paramLabel = "ADDRESS",
            defaultValue = "127.0.0.1",
            description = "Address the story receiver listens on (default: ${DEFAULT-VALUE}); any but loopback"
                    + " needs --token.")
    String httpBind;

    @Option(
            names = "--http-port",
            defaultValue = "8082",
            description = "Story receiver port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int httpPort;

    @Option(
            names = "--token",
            defaultValue = "${env:WIREWATCH_TOKEN}",
            description = "Access token of the story receiver (env WIREWATCH_TOKEN; at least 16 characters).")
    String token;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        String bootstrap = cluster.required(spec.commandLine());
        PollerSettings poller = feeds.settings(spec.commandLine(), Optional.empty());
        ReceiverSettings receiver = receiverSettings();
        TopicProvisioner.ensure(bootstrap, Topics.all(), Optional.empty());
        ServiceRun run = new ServiceRun();
        IngestService ingest = run.closeAtEnd(new IngestService(
                IngestSettings.defaults(bootstrap, inbox).withFeeds(poller),
                Optional.of(receiver),
                new PrometheusMeterRegistry(PrometheusConfig.DEFAULT)));
        ingest.start();
        ingest.receiverBanner().ifPresent(System.out::println);
        run.awaitShutdown();
        return 0;
    }

    /** Checked before Kafka is touched, so a bad option is a usage error that says why. */
    private ReceiverSettings receiverSettings() {
        try {
            return ReceiverSettings.of(httpBind, httpPort, token);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }
}
