package org.wirewatch.app.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.wirewatch.app.lifecycle.ServiceRun;
import org.wirewatch.app.monitor.Monitor;
import org.wirewatch.app.monitor.MonitorSettings;
import org.wirewatch.ingest.http.StoryReceiver;
import org.wirewatch.ingest.poller.PollerSettings;
import org.wirewatch.model.topics.Topics;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
        name = "up",
        mixinStandardHelpOptions = true,
        description = {
            "Run the whole monitor in one process.",
            "An embedded Kafka broker (unless --bootstrap-servers), ingest (inbox folder, feeds and story",
            "receiver), processor and alerts. Stop with Ctrl-C; start again on the same --data-dir to",
            "continue where it stopped."
        })
public final class UpCommand implements Callable<Integer> {

    @Mixin
    ClusterOptions cluster;

    @Option(
            names = "--data-dir",
            paramLabel = "DIR",
            defaultValue = "${env:WIREWATCH_DATA_DIR:-wirewatch-data}",
            description = "Broker data, service state and the inbox live here (default: ${DEFAULT-VALUE}).")
    Path dataDir;

    @Option(names = "--inbox", paramLabel = "DIR", description = "Inbox folder (default: DATA-DIR/inbox).")
    Path inbox;

    @Option(
            names = "--kafka-port",
            defaultValue = "0",
            description = "Client port of the embedded broker; 0 picks a free one on first start and keeps it.")
    int kafkaPort;

    @Option(
            names = "--api-port",
            defaultValue = "8081",
            description = "Port on 127.0.0.1 of the alerts API, the dashboard and /health (default: ${DEFAULT-VALUE}).")
    int apiPort;

    @Option(
            names = "--ingest-port",
            defaultValue = "8082",
            description = "Port on 127.0.0.1 of ingest's story receiver, POST /api/stories (default: ${DEFAULT-VALUE};"
                    + " 0 picks a free one).")
    int ingestPort;

    @Option(
            names = "--token",
            defaultValue = "${env:WIREWATCH_TOKEN}",
            description = {
                "Access token of the API, dashboard and story receiver (env WIREWATCH_TOKEN; at least 16"
                        + " characters).",
                "Without one they serve loopback only, and the banner says so."
            })
    String token;

    @Option(
            names = "--webhooks",
            paramLabel = "FILE",
            description =
                    "Webhook subscriptions (JSON) to deliver alerts to (default: DATA-DIR/webhooks.json if it exists).")
    Path webhooks;

    @Mixin
    FeedOptions feeds;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException, InterruptedException {
        long begin = System.nanoTime();
        MonitorSettings settings = new MonitorSettings(
                Optional.ofNullable(cluster.bootstrapServers),
                dataDir,
                inbox != null ? inbox : dataDir.resolve("inbox"),
                kafkaPort,
                apiPort,
                ingestPort,
                Optional.ofNullable(token).filter(t -> !t.isBlank()),
                webhooksFile(),
                feeds.settings(spec.commandLine(), Optional.of(dataDir.resolve("feeds.json"))));
        ServiceRun run = new ServiceRun();
        Monitor monitor = run.closeAtEnd(Monitor.start(settings, System.out));
        banner(System.out, settings, monitor, Duration.ofNanos(System.nanoTime() - begin));
        run.awaitShutdown();
        return 0;
    }

    private Optional<Path> webhooksFile() {
        if (webhooks != null) {
            return Optional.of(webhooks);
        }
        Path standard = dataDir.resolve("webhooks.json");
        return Files.isRegularFile(standard) ? Optional.of(standard) : Optional.empty();
    }

    /** What is polled, and where to look at it. */
    static String feedsBanner(PollerSettings feeds) {
        if (!feeds.enabled()) {
            return "none  (add --feed URL, or --feeds FILE; DATA-DIR/feeds.json is used when present)";
        }
        List<String> parts = new ArrayList<>();
        if (!feeds.feeds().isEmpty()) {
            parts.add(feeds.feeds().size() + " given");
        }
        feeds.feedsFile().ifPresent(path -> parts.add("from " + path.toAbsolutePath() + " (reloaded when edited)"));
        return String.join(", ", parts) + "  (state: wirewatch feeds)";
    }

    private static void banner(PrintStream out, MonitorSettings settings, Monitor monitor, Duration took) {
        String bootstrap = monitor.bootstrapServers();
        String where = settings.embedded()
                ? "  (embedded broker, data in "
                        + settings.dataDir().resolve("kafka").toAbsolutePath() + ")"
                : "";
        out.printf(
                "%nwirewatch is up (%.1f s)%n"
                        + "  Kafka      %s%s%n"
                        + "  Inbox      %s  (drop .txt, ninjs .json, .jsonl or NewsML-G2 .xml stories here)%n"
                        + "  Receiver   http://%s:%d%s  (POST the same formats, or RSS/Atom)%n"
                        + "  Feeds      %s%n"
                        + "  Dashboard  %s%n"
                        + "  Health     http://%s:%d/health%n"
                        + "  Alerts     printed below, and on topic %s:%n"
                        + "             kcat -b %s -C -t %s%n"
                        + "Stop with Ctrl-C.%n%n",
                took.toMillis() / 1000.0,
                bootstrap,
                where,
                settings.inbox().toAbsolutePath(),
                monitor.receiverAddress().getHostString(),
                monitor.receiverAddress().getPort(),
                StoryReceiver.STORIES_PATH,
                feedsBanner(settings.feeds()),
                monitor.apiBanner(),
                monitor.apiAddress().getHostString(),
                monitor.apiAddress().getPort(),
                Topics.STANCE_SHIFTS.name(),
                bootstrap.split(",")[0],
                Topics.STANCE_SHIFTS.name());
    }
}
