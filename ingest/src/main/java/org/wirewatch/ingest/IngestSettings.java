package org.wirewatch.ingest;

import static java.util.Objects.requireNonNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.regex.Pattern;
import org.wirewatch.ingest.format.FormatSettings;
import org.wirewatch.ingest.poller.PollerSettings;

/**
 * How the ingest service runs. Holds no secret, so it may be logged whole.
 *
 * @param bootstrapServers {@code host:port[,host:port]} of the Kafka cluster
 * @param inbox folder watched for story files; created with its {@code done/} and {@code
 *     rejected/} folders if missing
 * @param pollInterval time between two scans of the inbox; a file is picked up after two scans
 *     see it unchanged, so within about twice this
 * @param maxFileBytes largest story file accepted; larger ones are rejected unread
 * @param defaultSource story {@code source} for inputs that name none
 * @param publishTimeout longest a publish waits for Kafka before the file is left for a retry
 * @param clock gives {@code ingestedAt} and {@code rejectedAt}
 * @param feeds the feeds to poll besides the inbox; {@link PollerSettings#none()} for none
 */
public record IngestSettings(
        String bootstrapServers,
        Path inbox,
        Duration pollInterval,
        long maxFileBytes,
        String defaultSource,
        Duration publishTimeout,
        Clock clock,
        PollerSettings feeds) {

    public static final Duration DEFAULT_POLL_INTERVAL = Duration.ofMillis(250);
    public static final Duration DEFAULT_PUBLISH_TIMEOUT = Duration.ofSeconds(30);

    private static final Pattern HOST_PORT = Pattern.compile("[^,\\s]+:\\d{1,5}");

    public IngestSettings {
        requireNonNull(bootstrapServers, "bootstrapServers");
        requireNonNull(inbox, "inbox");
        requireNonNull(pollInterval, "pollInterval");
        requireNonNull(defaultSource, "defaultSource");
        requireNonNull(publishTimeout, "publishTimeout");
        requireNonNull(clock, "clock");
        requireNonNull(feeds, "feeds");
        for (String server : bootstrapServers.split(",", -1)) {
            if (!HOST_PORT.matcher(server.strip()).matches()) {
                throw new IllegalArgumentException("bootstrap servers '" + bootstrapServers
                        + "' must be host:port pairs separated by commas, e.g. localhost:9092");
            }
        }
        if (Files.exists(inbox) && !Files.isDirectory(inbox)) {
            throw new IllegalArgumentException(
                    "inbox " + inbox + " is a file: give a folder (it is created if missing)");
        }
        requireBetween("poll interval", pollInterval, Duration.ofMillis(10), Duration.ofMinutes(10));
        requireBetween("publish timeout", publishTimeout, Duration.ofSeconds(1), Duration.ofMinutes(10));
        // The reading settings check the source and the file size limit.
        new FormatSettings(defaultSource, maxFileBytes, clock);
    }

    /** Without feeds. */
    public IngestSettings(
            String bootstrapServers,
            Path inbox,
            Duration pollInterval,
            long maxFileBytes,
            String defaultSource,
            Duration publishTimeout,
            Clock clock) {
        this(
                bootstrapServers,
                inbox,
                pollInterval,
                maxFileBytes,
                defaultSource,
                publishTimeout,
                clock,
                PollerSettings.none());
    }

    /** The defaults: 250 ms polling, 4 MiB files, source "inbox", 30 s publish timeout, UTC clock. */
    public static IngestSettings defaults(String bootstrapServers, Path inbox) {
        return new IngestSettings(
                bootstrapServers,
                inbox,
                DEFAULT_POLL_INTERVAL,
                FormatSettings.DEFAULT_MAX_BYTES,
                FormatSettings.DEFAULT_SOURCE,
                DEFAULT_PUBLISH_TIMEOUT,
                Clock.systemUTC());
    }

    public IngestSettings withFeeds(PollerSettings newFeeds) {
        return new IngestSettings(
                bootstrapServers, inbox, pollInterval, maxFileBytes, defaultSource, publishTimeout, clock, newFeeds);
    }

    public FormatSettings formatSettings() {
        return new FormatSettings(defaultSource, maxFileBytes, clock);
    }

    private static void requireBetween(String name, Duration value, Duration min, Duration max) {
        if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
            throw new IllegalArgumentException(name + " must be between " + min.toMillis() + " ms and " + max.toMillis()
                    + " ms, was " + value.toMillis() + " ms");
        }
    }
}
