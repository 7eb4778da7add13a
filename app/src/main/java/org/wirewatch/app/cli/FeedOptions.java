package org.wirewatch.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.wirewatch.ingest.poller.FeedConfig;
import org.wirewatch.ingest.poller.FeedsConfig;
import org.wirewatch.ingest.poller.InvalidFeedsException;
import org.wirewatch.ingest.poller.PollerSettings;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** Which RSS and Atom feeds ingest polls: given by URL, or in a feeds file reloaded when edited. */
public final class FeedOptions {

    @Option(
            names = "--feed",
            paramLabel = "URL",
            description = "An RSS or Atom feed to poll every 5 minutes, named after its host (repeatable).")
    List<String> feeds = new ArrayList<>();

    @Option(
            names = "--feeds",
            paramLabel = "FILE",
            description = {
                "Feeds file (JSON: {\"feeds\": [{\"name\", \"url\", \"interval\", \"language\", \"enabled\"}]}),",
                "read again whenever it changes."
            })
    Path feedsFile;

    @Option(
            names = "--allow-private-feeds",
            description = "Let feeds (and their redirects) reach loopback and private addresses (intranet feeds).")
    boolean allowPrivate;

    /**
     * The poller's settings; the feeds file is read once here so that a mistake in it stops the
     * start with its reason, rather than leaving the poller with no feeds.
     *
     * @param standardFile a feeds file used when it exists and none is given
     * @throws CommandLine.ParameterException naming the option and what to fix
     */
    PollerSettings settings(CommandLine commandLine, Optional<Path> standardFile) {
        Optional<Path> file = Optional.ofNullable(feedsFile).or(() -> standardFile.filter(Files::isRegularFile));
        try {
            List<FeedConfig> given = FeedsConfig.quickStart(feeds);
            if (file.isPresent()) {
                FeedsConfig.combine(given, FeedsConfig.read(file.get()));
            }
            return PollerSettings.of(given, file, allowPrivate);
        } catch (InvalidFeedsException | IllegalArgumentException e) {
            throw new CommandLine.ParameterException(commandLine, "feeds: " + e.getMessage());
        }
    }
}
