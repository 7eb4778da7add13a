package org.wirewatch.ingest;

import static java.util.Objects.requireNonNull;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.wirewatch.ingest.canon.CanonicalStories;
import org.wirewatch.ingest.format.StoryReader;
import org.wirewatch.ingest.http.ReceiverSettings;
import org.wirewatch.ingest.http.StoryReceiver;
import org.wirewatch.ingest.inbox.InboxWatcher;
import org.wirewatch.ingest.poller.FeedPoller;
import org.wirewatch.ingest.publish.FeedPublisher;
import org.wirewatch.ingest.publish.PublishCounts;
import org.wirewatch.ingest.publish.SourceMeters;
import org.wirewatch.ingest.publish.StoryPublisher;
import org.wirewatch.model.FeedState;

/**
 * The ingest deployable: one named thread that scans the inbox, the feed poller when feeds are
 * configured and the HTTP receiver ({@code POST /api/stories}) when one is; they publish to {@code
 * stories.raw} and {@code stories.rejected}. The topics must exist (the caller provisions them, as
 * for every service). Closing stops the receiver and the poller, lets the current file finish,
 * then flushes and closes the producers.
 */
public final class IngestService implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(IngestService.class);
    private static final String THREAD_NAME = "wirewatch-ingest-inbox";
    /** Beyond the publish timeout, how long close waits for the current file before interrupting. */
    private static final Duration STOP_MARGIN = Duration.ofSeconds(5);

    private final IngestSettings settings;
    private final Optional<ReceiverSettings> receiverSettings;
    private final PrometheusMeterRegistry registry;
    private final CountDownLatch stopRequested = new CountDownLatch(1);
    /** One memory of recent stories for every source, so a copy is known whichever way it came. */
    private final CanonicalStories canonical = new CanonicalStories();
    // Written under the lock by start/close; read without it so health checks never wait on close.
    private volatile StoryPublisher publisher;
    private volatile Thread thread;
    private volatile FeedPublisher feedPublisher;
    private volatile FeedPoller feeds;
    private volatile StoryReceiver receiver;

    /** Ingest of the inbox alone, without the HTTP receiver. */
    public IngestService(IngestSettings settings) {
        this(settings, Optional.empty(), new PrometheusMeterRegistry(PrometheusConfig.DEFAULT));
    }

    /**
     * @param receiver the HTTP receiver's settings, or empty for none
     * @param registry counts what each source received, published and rejected; the receiver's
     *     {@code /metrics} serves it
     */
    public IngestService(
            IngestSettings settings, Optional<ReceiverSettings> receiver, PrometheusMeterRegistry registry) {
        this.settings = requireNonNull(settings, "settings");
        this.receiverSettings = requireNonNull(receiver, "receiver");
        this.registry = requireNonNull(registry, "registry");
    }

    /**
     * Creates the inbox folders, starts watching and starts the receiver.
     *
     * @throws UncheckedIOException when the inbox folders cannot be created
     * @throws RuntimeException when the receiver cannot listen (port taken); the service is then
     *     closed
     * @throws IllegalStateException when called twice, or after {@link #close}
     */
    public synchronized void start() {
        if (thread != null || stopRequested.getCount() == 0) {
            throw new IllegalStateException("ingest can be started once, before it is closed");
        }
        publisher = StoryPublisher.connect(settings.bootstrapServers(), settings.publishTimeout(), canonical);
        InboxWatcher watcher;
        try {
            watcher = InboxWatcher.create(
                    settings.inbox(),
                    new StoryReader(settings.formatSettings()),
                    publisher,
                    settings.clock(),
                    SourceMeters.register(registry, "inbox", settings.clock()));
        } catch (IOException e) {
            publisher.close();
            throw new UncheckedIOException("cannot create the inbox folders under " + settings.inbox(), e);
        }
        thread = new Thread(() -> run(watcher), THREAD_NAME);
        // The watcher catches every exception; only a JVM error can end the thread early.
        thread.setUncaughtExceptionHandler((dead, error) -> LOG.error("ingest stopped by an error", error));
        thread.start();
        if (settings.feeds().enabled()) {
            feedPublisher = new FeedPublisher(
                    settings.bootstrapServers(),
                    settings.feeds().transactionalId(),
                    settings.publishTimeout(),
                    canonical);
            feeds = FeedPoller.create(
                    settings.feeds(),
                    feedPublisher,
                    settings.bootstrapServers(),
                    settings.clock(),
                    settings.publishTimeout(),
                    registry);
            feeds.start();
        }
        if (receiverSettings.isPresent()) {
            startReceiver(receiverSettings.get());
        }
        LOG.info("ingest started: {}", settings);
    }

    private void startReceiver(ReceiverSettings settings) {
        try {
            receiver =
                    StoryReceiver.start(settings, this.settings.formatSettings(), publisher, registry, this::isRunning);
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    /** Where the receiver listens, once started; empty without one. */
    public Optional<InetSocketAddress> receiverAddress() {
        return Optional.ofNullable(receiver).map(StoryReceiver::address);
    }

    /** A line for a banner: where stories are posted and whether a token is needed; empty without a receiver. */
    public Optional<String> receiverBanner() {
        return Optional.ofNullable(receiver).map(StoryReceiver::banner);
    }

    /**
     * True between {@link #start} and {@link #close}, while the watching thread lives, and the feed
     * poller's when feeds are configured.
     */
    public boolean isRunning() {
        Thread watching = thread;
        FeedPoller polling = feeds;
        return watching != null
                && watching.isAlive()
                && stopRequested.getCount() > 0
                && (polling == null || polling.isRunning());
    }

    /** The state of every configured feed, by name; empty without feeds. */
    public Map<String, FeedState> feedStates() {
        FeedPoller polling = feeds;
        return polling == null ? Map.of() : polling.states();
    }

    /** Stories and rejections published so far by every source; zeros before {@link #start}. */
    public PublishCounts counts() {
        StoryPublisher current = publisher;
        FeedPublisher feedsCurrent = feedPublisher;
        PublishCounts direct = current == null ? PublishCounts.NONE : current.counts();
        return feedsCurrent == null ? direct : direct.plus(feedsCurrent.counts());
    }

    private void run(InboxWatcher watcher) {
        try (watcher) {
            do {
                watcher.scan(() -> stopRequested.getCount() == 0);
            } while (!stopRequested.await(settings.pollInterval().toMillis(), TimeUnit.MILLISECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        LOG.info("ingest stopped watching {}", settings.inbox());
    }

    @Override
    public synchronized void close() {
        stopRequested.countDown();
        if (receiver != null) {
            receiver.close();
        }
        if (feeds != null) {
            feeds.close();
            feedPublisher.close();
        }
        if (thread != null) {
            awaitThread();
        }
        if (publisher != null) {
            publisher.close();
        }
        LOG.info("ingest closed: {}", counts());
    }

    private void awaitThread() {
        try {
            thread.join(settings.publishTimeout().plus(STOP_MARGIN).toMillis());
            if (thread.isAlive()) {
                LOG.warn("ingest did not finish its current file in time; interrupting it");
                thread.interrupt();
                thread.join(STOP_MARGIN.toMillis());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
