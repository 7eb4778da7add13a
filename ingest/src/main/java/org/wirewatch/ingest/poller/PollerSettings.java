package org.wirewatch.ingest.poller;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.wirewatch.ingest.feed.AddressGuard;
import org.wirewatch.ingest.feed.FetchSettings;

/**
 * How feeds are polled. Holds no secret, so it may be logged whole.
 *
 * @param feeds feeds given directly (on the command line); may be empty
 * @param feedsFile a feeds file ({@link FeedsConfig}) read at start and again when it changes
 * @param fetch limits, timeouts and the address guard of every fetch
 * @param transactionalId the Kafka transactional id of the poller's producer: one per running
 *     poller, since a second poller with the same id fences the first
 * @param workers fetches run at the same time; a hanging feed holds one until its timeout
 * @param tick how often due feeds are looked for
 * @param reloadCheck how often the feeds file's modification time is checked
 */
public record PollerSettings(
        List<FeedConfig> feeds,
        Optional<Path> feedsFile,
        FetchSettings fetch,
        String transactionalId,
        int workers,
        Duration tick,
        Duration reloadCheck) {

    public static final String DEFAULT_TRANSACTIONAL_ID = "wirewatch-ingest-feeds";

    public PollerSettings {
        feeds = List.copyOf(feeds);
        requireNonNull(feedsFile, "feedsFile");
        requireNonNull(fetch, "fetch");
        requireNonNull(transactionalId, "transactionalId");
        requireNonNull(tick, "tick");
        requireNonNull(reloadCheck, "reloadCheck");
        if (workers < 1 || workers > 64) {
            throw new IllegalArgumentException("feed workers must be between 1 and 64, was " + workers);
        }
    }

    /** No feeds: the poller does not run. */
    public static PollerSettings none() {
        return of(List.of(), Optional.empty(), false);
    }

    /**
     * Four workers, due feeds looked for every second, the file checked every 3 s, default fetch
     * limits.
     *
     * @param allowPrivate whether feeds may be on loopback or private addresses (intranet feeds)
     */
    public static PollerSettings of(List<FeedConfig> feeds, Optional<Path> feedsFile, boolean allowPrivate) {
        FetchSettings fetch = FetchSettings.defaults();
        return new PollerSettings(
                feeds,
                feedsFile,
                allowPrivate ? fetch.withGuard(AddressGuard.allowingPrivate()) : fetch,
                DEFAULT_TRANSACTIONAL_ID,
                4,
                Duration.ofSeconds(1),
                Duration.ofSeconds(3));
    }

    /** True when there is anything to poll, now or after the file is edited. */
    public boolean enabled() {
        return !feeds.isEmpty() || feedsFile.isPresent();
    }
}
