package org.wirewatch.ingest.poller;

import static java.util.Objects.requireNonNull;

import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.wirewatch.ingest.publish.SourceMeters;
import org.wirewatch.model.FeedState;

/**
 * Each feed's totals in the ingest's meters, as source {@code feed:NAME} beside {@code inbox} and
 * {@code http}. They are the totals of the feed's state as last committed with its stories, so
 * they agree with {@code feeds.state} and carry on across restarts. A feed gets its meters at its
 * first committed fetch; a feed removed from the file keeps its last totals.
 */
final class FeedMeters {

    private final MeterRegistry registry;
    private final Map<String, FeedState> committed = new ConcurrentHashMap<>();

    FeedMeters(MeterRegistry registry) {
        this.registry = requireNonNull(registry, "registry");
    }

    /** The feed's fetch was committed with this state. */
    void committed(String feed, FeedState state) {
        if (committed.put(feed, state) == null) {
            SourceMeters.registerTotals(registry, "feed:" + feed, () -> totals(committed.get(feed)));
        }
    }

    private static SourceMeters.Totals totals(FeedState state) {
        return new SourceMeters.Totals(
                state.fetched(), state.published(), state.rejected(), state.duplicates(), state.lastSuccessAt());
    }
}
