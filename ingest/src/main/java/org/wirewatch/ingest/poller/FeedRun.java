package org.wirewatch.ingest.poller;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import org.wirewatch.model.FeedState;

/**
 * Where the poller is with one feed: its configuration, its state, when it is next due, and
 * whether a fetch of it is under way (a feed is never fetched twice at once).
 */
record FeedRun(FeedConfig config, FeedState state, Instant dueAt, boolean polling) {

    FeedRun {
        requireNonNull(config, "config");
        requireNonNull(state, "state");
        requireNonNull(dueAt, "dueAt");
    }

    /** A feed new to this poller, due at once; {@code known} is its state from before, if any. */
    static FeedRun first(FeedConfig config, FeedState known, Instant now) {
        return new FeedRun(config, known.movedTo(config.url().toString()), now, false);
    }

    boolean isDue(Instant now) {
        return config.enabled() && !polling && !now.isBefore(dueAt);
    }

    FeedRun claimed() {
        return new FeedRun(config, state, dueAt, true);
    }

    /** After a fetch: the state it left, kept at this run's URL should the config have changed meanwhile. */
    FeedRun polled(FeedState next, Instant nextDue) {
        return new FeedRun(config, next.movedTo(config.url().toString()), nextDue, false);
    }

    /**
     * The feed's configuration edited: a new URL or a feed enabled again is fetched at once, a
     * shorter interval takes effect by the next fetch at the latest.
     */
    FeedRun reconfigured(FeedConfig changed, Instant now) {
        boolean fetchNow = !changed.url().equals(config.url()) || (changed.enabled() && !config.enabled());
        Instant byInterval = now.plus(changed.interval());
        Instant due = fetchNow ? now : dueAt.isAfter(byInterval) ? byInterval : dueAt;
        return new FeedRun(changed, state.movedTo(changed.url().toString()), due, polling);
    }
}
