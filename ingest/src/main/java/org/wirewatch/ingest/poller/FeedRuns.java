package org.wirewatch.ingest.poller;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.wirewatch.model.FeedState;

/**
 * The poller's feeds and where it is with each: configured ones by name, and the last state of
 * every feed known (stored, or removed from the configuration) so a feed added back continues
 * where it stopped. Thread-safe: the scheduling thread applies configurations and claims due
 * feeds, fetch workers report what became of them.
 */
final class FeedRuns {

    private static final Logger LOG = LoggerFactory.getLogger(FeedRuns.class);

    private final Map<String, FeedRun> runs = new ConcurrentHashMap<>();
    private final Map<String, FeedState> known = new ConcurrentHashMap<>();

    /** The states read from {@code feeds.state} at start. */
    void remember(Map<String, FeedState> stored) {
        known.putAll(stored);
    }

    /** Starts added feeds, stops removed ones and passes changes on to the others. */
    void apply(List<FeedConfig> feeds, Instant now) {
        Set<String> names = feeds.stream().map(FeedConfig::name).collect(Collectors.toSet());
        for (String name : List.copyOf(runs.keySet())) {
            if (!names.contains(name)) {
                FeedRun removed = runs.remove(name);
                known.put(name, removed.state());
                LOG.info("feed {} removed from the configuration: no longer fetched", name);
            }
        }
        for (FeedConfig feed : feeds) {
            runs.compute(feed.name(), (name, run) -> {
                if (run == null || !run.config().equals(feed)) {
                    LOG.info(
                            "feed {} {}: {} every {}{}",
                            name,
                            run == null ? "added" : "changed",
                            feed.url(),
                            feed.interval(),
                            feed.enabled() ? "" : " (disabled)");
                }
                return run == null
                        ? FeedRun.first(
                                feed,
                                known.getOrDefault(
                                        name, FeedState.initial(feed.url().toString())),
                                now)
                        : run.reconfigured(feed, now);
            });
        }
    }

    /** Marks every due feed as being fetched and returns them, as they were when claimed. */
    List<FeedRun> claimDue(Instant now) {
        List<FeedRun> claimed = new ArrayList<>();
        for (String name : List.copyOf(runs.keySet())) {
            runs.computeIfPresent(name, (key, run) -> {
                if (!run.isDue(now)) {
                    return run;
                }
                claimed.add(run);
                return run.claimed();
            });
        }
        return claimed;
    }

    /** A fetch ended with this state; the feed is due again at {@code nextDue}. */
    void polled(String name, FeedState next, Instant nextDue) {
        known.put(name, next);
        runs.computeIfPresent(name, (key, run) -> run.polled(next, nextDue));
    }

    /** The current state of every configured feed, by name. */
    Map<String, FeedState> states() {
        return runs.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().state(), (a, b) -> a, TreeMap::new));
    }

    Optional<Instant> dueAt(String name) {
        return Optional.ofNullable(runs.get(name)).map(FeedRun::dueAt);
    }
}
