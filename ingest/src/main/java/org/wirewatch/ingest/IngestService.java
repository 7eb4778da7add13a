package org.wirewatch.ingest;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.wirewatch.ingest.format.StoryReader;
import org.wirewatch.ingest.inbox.InboxWatcher;
import org.wirewatch.ingest.publish.PublishCounts;
import org.wirewatch.ingest.publish.StoryPublisher;

/**
 * The ingest deployable: one named thread that scans the inbox and publishes what it finds to
 * {@code stories.raw} and {@code stories.rejected}. The topics must exist (the caller provisions
 * them, as for every service). Closing lets the current file finish, then flushes and closes the
 * producers.
 */
public final class IngestService implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(IngestService.class);
    private static final String THREAD_NAME = "wirewatch-ingest-inbox";
    /** Beyond the publish timeout, how long close waits for the current file before interrupting. */
    private static final Duration STOP_MARGIN = Duration.ofSeconds(5);

    private final IngestSettings settings;
    private final CountDownLatch stopRequested = new CountDownLatch(1);
    // Written under the lock by start/close; read without it so health checks never wait on close.
    private volatile StoryPublisher publisher;
    private volatile Thread thread;

    public IngestService(IngestSettings settings) {
        this.settings = requireNonNull(settings, "settings");
    }

    /**
     * Creates the inbox folders and starts watching.
     *
     * @throws UncheckedIOException when the inbox folders cannot be created
     * @throws IllegalStateException when called twice, or after {@link #close}
     */
    public synchronized void start() {
        if (thread != null || stopRequested.getCount() == 0) {
            throw new IllegalStateException("ingest can be started once, before it is closed");
        }
        publisher = StoryPublisher.connect(settings.bootstrapServers(), settings.publishTimeout());
        InboxWatcher watcher;
        try {
            watcher = InboxWatcher.create(
                    settings.inbox(), new StoryReader(settings.formatSettings()), publisher, settings.clock());
        } catch (IOException e) {
            publisher.close();
            throw new UncheckedIOException("cannot create the inbox folders under " + settings.inbox(), e);
        }
        thread = new Thread(() -> run(watcher), THREAD_NAME);
        // The watcher catches every exception; only a JVM error can end the thread early.
        thread.setUncaughtExceptionHandler((dead, error) -> LOG.error("ingest stopped by an error", error));
        thread.start();
        LOG.info("ingest started: {}", settings);
    }

    /** True between {@link #start} and {@link #close}, while the watching thread lives. */
    public boolean isRunning() {
        Thread watching = thread;
        return watching != null && watching.isAlive() && stopRequested.getCount() > 0;
    }

    /** Stories and rejections published so far; zeros before {@link #start}. */
    public PublishCounts counts() {
        StoryPublisher current = publisher;
        return current == null ? PublishCounts.NONE : current.counts();
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
