package org.wirewatch.ingest.poller;

import static java.util.Objects.requireNonNull;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.wirewatch.ingest.feed.FeedFetcher;
import org.wirewatch.ingest.feed.FeedReader;
import org.wirewatch.ingest.format.FormatSettings;
import org.wirewatch.ingest.publish.FeedPublisher;
import org.wirewatch.ingest.publish.PublishException;
import org.wirewatch.model.FeedState;

/**
 * Polls the configured feeds: one scheduling thread looks for due feeds every tick and hands each to
 * a small pool of fetch workers, so a hanging feed holds one worker until its timeout and the
 * others go on. Before the first fetch it reads every feed's state, so a restart continues with
 * the same versions and seen ids. Nothing a feed does ends the poller: every failure becomes a
 * rejection and a later, backed-off fetch.
 */
public final class FeedPoller implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(FeedPoller.class);
    private static final Duration STATE_RETRY = Duration.ofSeconds(5);

    private final FeedsSource source;
    private final FeedPoll poll;
    private final FeedSchedule schedule;
    private final FeedSink sink;
    private final Supplier<Map<String, FeedState>> storedStates;
    private final Clock clock;
    private final ExecutorService workers;
    private final PollerSettings settings;
    private final FeedRuns runs = new FeedRuns();
    private final CountDownLatch stopRequested = new CountDownLatch(1);
    private volatile boolean statesLoaded;
    private volatile Thread thread;
    private Instant nextReloadCheck = Instant.MIN;

    FeedPoller(
            PollerSettings settings,
            FeedPoll poll,
            FeedSchedule schedule,
            FeedSink sink,
            Supplier<Map<String, FeedState>> storedStates,
            Clock clock,
            ExecutorService workers) {
        this.settings = requireNonNull(settings, "settings");
        this.source = new FeedsSource(settings.feeds(), settings.feedsFile());
        this.poll = requireNonNull(poll, "poll");
        this.schedule = requireNonNull(schedule, "schedule");
        this.sink = requireNonNull(sink, "sink");
        this.storedStates = requireNonNull(storedStates, "storedStates");
        this.clock = requireNonNull(clock, "clock");
        this.workers = requireNonNull(workers, "workers");
    }

    /**
     * The poller of the ingest service: fetches through {@link FeedFetcher}, reads through {@link
     * FeedReader}, publishes through the transactional publisher and reads the stored states from
     * {@code feeds.state}.
     *
     * @param timeout longest wait for Kafka when reading the stored states
     * @param registry where each feed's totals are shown, as source {@code feed:NAME}
     */
    public static FeedPoller create(
            PollerSettings settings,
            FeedPublisher publisher,
            String bootstrapServers,
            Clock clock,
            Duration timeout,
            MeterRegistry registry) {
        // Every story of a feed names the feed as its source; the reader's fallback is never used.
        FormatSettings format = new FormatSettings("feed", settings.fetch().maxBytes(), clock);
        AtomicInteger threads = new AtomicInteger();
        ExecutorService workers = Executors.newFixedThreadPool(
                settings.workers(),
                task -> new Thread(task, "wirewatch-ingest-feed-fetch-" + threads.incrementAndGet()));
        return new FeedPoller(
                settings,
                new FeedPoll(new FeedFetcher(settings.fetch()), new FeedReader(format), clock),
                FeedSchedule.defaults(),
                committing(publisher, new FeedMeters(registry)),
                () -> FeedStates.read(bootstrapServers, timeout),
                clock,
                workers);
    }

    /** Publishes through {@code publisher}, then counts what was committed in the meters. */
    private static FeedSink committing(FeedPublisher publisher, FeedMeters meters) {
        return (feed, stories, rejections, state) -> {
            publisher.publish(feed, stories, rejections, state);
            meters.committed(feed, state);
        };
    }

    /** Starts the scheduling thread: it reads the stored states (retrying while Kafka is away), then ticks. */
    public synchronized void start() {
        if (thread != null) {
            throw new IllegalStateException("the feed poller can be started once");
        }
        thread = new Thread(this::run, "wirewatch-ingest-feeds");
        thread.setUncaughtExceptionHandler((dead, error) -> LOG.error("feed poller stopped by an error", error));
        thread.start();
        LOG.info("feed poller started: {}", settings);
    }

    public boolean isRunning() {
        Thread scheduling = thread;
        return scheduling != null && scheduling.isAlive() && stopRequested.getCount() > 0;
    }

    /** The current state of every configured feed, by name. */
    public Map<String, FeedState> states() {
        return runs.states();
    }

    /** When the feed is next due; empty for a feed not configured. */
    Optional<Instant> dueAt(String feedName) {
        return runs.dueAt(feedName);
    }

    /** @return true once every feed's stored state is read; false when Kafka could not be read */
    boolean loadStates() {
        try {
            Map<String, FeedState> stored = storedStates.get();
            runs.remember(stored);
            statesLoaded = true;
            LOG.info("feed states read: {} feeds known", stored.size());
            return true;
        } catch (RuntimeException e) {
            LOG.warn("cannot read the feed states yet, no feed is fetched until they are: {}", e.toString());
            return false;
        }
    }

    /**
     * Applies a changed feeds file, then starts a fetch of every due feed.
     *
     * @return the fetches started, by feed name
     */
    Map<String, Future<?>> tick() {
        if (!statesLoaded) {
            return Map.of();
        }
        Instant now = clock.instant();
        if (!now.isBefore(nextReloadCheck)) {
            source.changed().ifPresent(feeds -> runs.apply(feeds, now));
            nextReloadCheck = now.plus(settings.reloadCheck());
        }
        Map<String, Future<?>> started = new HashMap<>();
        for (FeedRun run : runs.claimDue(now)) {
            try {
                started.put(run.config().name(), workers.submit(() -> pollOnce(run)));
            } catch (RejectedExecutionException e) {
                break; // closing: the claimed feeds are fetched at the next start
            }
        }
        return started;
    }

    /** Fetches, publishes and reschedules one claimed feed; never throws. */
    private void pollOnce(FeedRun run) {
        FeedPoll.Result result = null;
        FeedState next = run.state();
        try {
            result = poll.poll(run.config(), run.state());
            next = publish(run.config().name(), result, run.state());
        } catch (RuntimeException e) {
            LOG.error(
                    "feed {}: unexpected failure; it is fetched again later",
                    run.config().name(),
                    e);
            next = run.state().afterFailure(clock.instant(), "internal error: " + e, 0);
        } finally {
            Duration delay = schedule.delay(run.config().interval(), next.consecutiveFailures());
            Optional<Duration> asked = result == null ? Optional.empty() : result.retryAfter();
            runs.polled(run.config().name(), next, clock.instant().plus(atLeast(delay, asked)));
        }
    }

    /** A server's Retry-After lengthens the delay, never shortens it, and at most to a day. */
    private static Duration atLeast(Duration delay, Optional<Duration> asked) {
        Duration wait = asked.filter(retry -> retry.compareTo(delay) > 0).orElse(delay);
        Duration cap = delay.compareTo(FeedConfig.MAX_INTERVAL) > 0 ? delay : FeedConfig.MAX_INTERVAL;
        return wait.compareTo(cap) > 0 ? cap : wait;
    }

    /** @return the feed's state after the publish: the fetch's, or the last one when Kafka failed */
    private FeedState publish(String name, FeedPoll.Result result, FeedState last) {
        try {
            sink.publish(name, result.stories(), result.rejections(), result.state());
        } catch (PublishException e) {
            LOG.warn("feed {}: {}; fetched again later, nothing of this fetch was published", name, e.getMessage());
            return last.afterFailure(clock.instant(), e.getMessage(), 0);
        }
        FeedState state = result.state();
        if (state.lastError() != null) {
            LOG.warn("feed {}: {} ({} failures in a row)", name, state.lastError(), state.consecutiveFailures());
        } else if (!result.stories().isEmpty() || !result.rejections().isEmpty()) {
            LOG.info(
                    "feed {}: published {} stories, {} items rejected",
                    name,
                    result.stories().size(),
                    result.rejections().size());
        }
        return state;
    }

    private void run() {
        try {
            while (!loadStates()) {
                if (stopRequested.await(STATE_RETRY.toMillis(), TimeUnit.MILLISECONDS)) {
                    return;
                }
            }
            do {
                try {
                    tick();
                } catch (RuntimeException e) {
                    LOG.error("feed poller tick failed; ticking on", e);
                }
            } while (!stopRequested.await(settings.tick().toMillis(), TimeUnit.MILLISECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Stops scheduling and interrupts fetches under way; their feeds are fetched again at the next start. */
    @Override
    public void close() {
        stopRequested.countDown();
        workers.shutdownNow();
        try {
            Thread scheduling = thread;
            if (scheduling != null) {
                scheduling.join(settings.fetch().requestTimeout().toMillis());
            }
            if (!workers.awaitTermination(settings.fetch().requestTimeout().toMillis(), TimeUnit.MILLISECONDS)) {
                LOG.warn("a feed fetch did not stop in time");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        LOG.info("feed poller stopped");
    }
}
