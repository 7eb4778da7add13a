package org.wirewatch.ingest.inbox;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.wirewatch.ingest.format.StoryFiles;
import org.wirewatch.ingest.format.StoryReader;
import org.wirewatch.ingest.inbox.FileDelivery.Outcome;
import org.wirewatch.ingest.inbox.FileDelivery.Reading;
import org.wirewatch.ingest.publish.SourceMeters;
import org.wirewatch.ingest.publish.StoryPublisher;

/**
 * Watches an inbox folder by polling: each {@link #scan} lists the story files ({@link
 * StoryFiles#list}) and delivers, in name order, those whose size and modification time are the
 * same as at the previous scan, i.e. that nobody is still writing. Writers that can should still
 * write under a {@code .tmp}/{@code .part} or hidden name and rename when done. Polling, rather
 * than a {@code WatchService}, also sees files that arrived while ingest was down and works on
 * network and container-mounted folders. While one file is published and Kafka acknowledges it, the
 * next is read on a second thread, so reading and waiting overlap; files are still delivered one
 * after the other, in order. Not thread-safe: one thread scans.
 */
public final class InboxWatcher implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(InboxWatcher.class);

    private final Path inbox;
    private final FileDelivery delivery;
    /** Files as they were at the previous scan: a file is complete once it matches. */
    private Map<Path, FileStamp> previous = Map.of();
    /** Files that failed unexpectedly, left alone until they change. */
    private final Map<Path, FileStamp> parked = new HashMap<>();

    private final ExecutorService readAhead = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "wirewatch-ingest-read-ahead");
        thread.setDaemon(true);
        return thread;
    });

    private InboxWatcher(Path inbox, FileDelivery delivery) {
        this.inbox = inbox;
        this.delivery = delivery;
    }

    /**
     * Creates {@code inbox}, {@code inbox/done} and {@code inbox/rejected} if missing.
     *
     * @param meters counts the files delivered, stories published and rejections
     */
    public static InboxWatcher create(
            Path inbox, StoryReader reader, StoryPublisher publisher, Clock clock, SourceMeters meters)
            throws IOException {
        requireNonNull(inbox, "inbox");
        InboxFolders folders = InboxFolders.create(inbox);
        return new InboxWatcher(inbox, new FileDelivery(reader, publisher, folders, clock, requireNonNull(meters)));
    }

    /**
     * One pass over the inbox. Stops early when {@code stopRequested} turns true (checked between
     * files) or when Kafka does not acknowledge, so that later files wait for earlier ones. Never
     * throws: a failure is logged and the next scan tries again.
     */
    public void scan(BooleanSupplier stopRequested) {
        Map<Path, FileStamp> current;
        try {
            current = stamps();
        } catch (IOException | RuntimeException e) {
            LOG.warn("cannot list inbox {}: {}", inbox, e.toString());
            return;
        }
        List<Path> ready = current.entrySet().stream()
                .filter(file -> isComplete(file.getKey(), file.getValue()))
                .map(Map.Entry::getKey)
                .toList();
        Future<Reading> next = readAhead(ready, 0);
        for (int i = 0; i < ready.size(); i++) {
            Path file = ready.get(i);
            Optional<Reading> reading = stopRequested.getAsBoolean() ? Optional.empty() : await(next, file);
            if (reading.isEmpty()) {
                break;
            }
            next = readAhead(ready, i + 1);
            Outcome outcome = deliver(file, reading.get());
            if (outcome == Outcome.PARKED) {
                parked.put(file, current.get(file));
            } else if (outcome == Outcome.RETRY_LATER) {
                break;
            } else {
                // Gone from the inbox: a new file under the same name must prove complete afresh.
                current.remove(file);
            }
        }
        // A file read ahead but not delivered is read again at a later scan.
        next.cancel(true);
        parked.keySet().retainAll(current.keySet());
        previous = current;
    }

    private boolean isComplete(Path file, FileStamp stamp) {
        return stamp.equals(previous.get(file)) && !stamp.equals(parked.get(file));
    }

    private Future<Reading> readAhead(List<Path> files, int index) {
        return index < files.size()
                ? readAhead.submit(() -> delivery.read(files.get(index)))
                : CompletableFuture.completedFuture(null);
    }

    /** The file's reading, or empty when the scan must stop (interrupted: ingest is closing). */
    private Optional<Reading> await(Future<Reading> reading, Path file) {
        try {
            return Optional.of(reading.get());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } catch (ExecutionException | CancellationException e) {
            // read() never throws; this is a bug, and the file is rejected rather than retried for ever
            LOG.error("reading {} failed unexpectedly", file, e);
            return Optional.of(new FileDelivery.Refused("could not be read because of an internal error (" + e + ")"));
        }
    }

    private Outcome deliver(Path file, Reading reading) {
        try {
            return delivery.deliver(file, reading);
        } catch (RuntimeException e) {
            LOG.error("unexpected failure delivering {}; it stays until it changes", file, e);
            return Outcome.PARKED;
        }
    }

    /** The story files now in the inbox, in name order, with their stamps. */
    private Map<Path, FileStamp> stamps() throws IOException {
        Map<Path, FileStamp> stamps = new LinkedHashMap<>();
        for (Path file : StoryFiles.list(inbox)) {
            try {
                BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
                stamps.put(file, new FileStamp(attributes.size(), attributes.lastModifiedTime()));
            } catch (IOException e) {
                // Gone between listing and reading its attributes: nothing to do.
                LOG.debug("{} vanished during the scan", file);
            }
        }
        return stamps;
    }

    /** Stops the read-ahead thread. */
    @Override
    public void close() {
        readAhead.shutdownNow();
    }

    /** What tells a file that is still being written from a complete one. */
    private record FileStamp(long size, FileTime modified) {}
}
