package org.wirewatch.app.cli;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.wirewatch.app.lifecycle.ServiceRun;
import org.wirewatch.ingest.IngestService;
import org.wirewatch.ingest.IngestSettings;
import org.wirewatch.ingest.poller.PollerSettings;
import org.wirewatch.model.topics.TopicProvisioner;
import org.wirewatch.model.topics.Topics;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
        name = "ingest",
        mixinStandardHelpOptions = true,
        description = {
            "Run ingest alone: inbox folder and RSS/Atom feeds → stories.raw.",
            "Watches a folder for story files (.txt, ninjs .json, .jsonl). Read files move to done/,",
            "rejected ones to rejected/ with a .reason file and a record on stories.rejected.",
            "Polls the feeds given with --feed or --feeds; a failing or hostile feed costs a record on",
            "stories.rejected and a backed-off retry. `wirewatch feeds` shows each feed's state."
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

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        String bootstrap = cluster.required(spec.commandLine());
        PollerSettings poller = feeds.settings(spec.commandLine(), Optional.empty());
        TopicProvisioner.ensure(bootstrap, Topics.all(), Optional.empty());
        ServiceRun run = new ServiceRun();
        run.closeAtEnd(new IngestService(
                        IngestSettings.defaults(bootstrap, inbox).withFeeds(poller)))
                .start();
        run.awaitShutdown();
        return 0;
    }
}
