package org.wirewatch.app.cli;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.kafka.common.KafkaException;
import org.wirewatch.ingest.poller.FeedStates;
import org.wirewatch.model.FeedState;
import org.wirewatch.model.topics.Topics;
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
        Map<String, FeedState> states;
        try {
            states = FeedStates.read(bootstrap, TIMEOUT);
        } catch (KafkaException e) {
            spec.commandLine()
                    .getErr()
                    .println("cannot read " + Topics.FEED_STATE.name() + " from " + bootstrap + " within "
                            + TIMEOUT.toSeconds() + " s: " + e.getMessage());
            return 1;
        }
        spec.commandLine().getOut().print(FeedsTable.render(states));
        spec.commandLine().getOut().flush();
        return 0;
    }
}
