package org.wirewatch.app.cli;

import java.time.Duration;
import java.util.concurrent.Callable;
import org.wirewatch.ingest.poller.FeedStates;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

@Command(
        name = "feeds",
        mixinStandardHelpOptions = true,
        description = {
            "Print the state of every feed ingest polls, as stored on feeds.state:",
            "last fetch, last success, last story, failures in a row, last error and counts."
        })
public final class FeedsCommand implements Callable<Integer> {

    private static final Duration TIMEOUT = Duration.ofSeconds(15);

    @Mixin
    ClusterOptions cluster;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        String bootstrap = cluster.required(spec.commandLine());
        spec.commandLine().getOut().print(FeedsTable.render(FeedStates.read(bootstrap, TIMEOUT)));
        spec.commandLine().getOut().flush();
        return 0;
    }
}
