package org.wirewatch.ingest.inbox;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.wirewatch.ingest.format.StoryFiles;
import org.wirewatch.ingest.format.StoryReader;
import org.wirewatch.ingest.inbox.FileDelivery.Outcome;
import org.wirewatch.ingest.publish.StoryPublisher;

/**
 * Watches an inbox folder by polling: each {@link #scan} lists the story files ({@link
 * StoryFiles#list}) and delivers, in name order, those whose size and modification time are the
 * same as at the previous scan, i.e. that nobody is still writing. Writers that can should still
 * write under a {@code .tmp}/{@code .part} or hidden name and rename when done. Polling, rather
 * than a {@code WatchService}, also sees files that arrived while ingest was down and works on
 * network and container-mounted folders. Not thread-safe: one thread scans.
 */
public final class InboxWatcher {

    private static final Logger LOG = LoggerFactory.getLogger(InboxWatcher.class);

    private final Path inbox;
    private final FileDelivery delivery;
    /** Files as they were at the previous scan: a file is complete once it matches. */
    private Map<Path, FileStamp> previous = Map.of();
    /** Files that failed unexpectedly, left alone until they change. */
    private final Map<Path, FileStamp> parked = new HashMap<>();

    private InboxWatcher(Path inbox, FileDelivery delivery) {
        this.inbox = inbox;
        this.delivery = delivery;
    }

    /** Creates {@code inbox}, {@code inbox/done} and {@code inbox/rejected} if missing. */
    public static InboxWatcher create(Path inbox, StoryReader reader, StoryPublisher publisher, Clock clock)
            throws IOException {
        requireNonNull(inbox, "inbox");
        InboxFolders folders = InboxFolders.create(inbox);
        return new InboxWatcher(inbox, new FileDelivery(reader, publisher, folders, clock));
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
        for (Iterator<Map.Entry<Path, FileStamp>> files = current.entrySet().iterator(); files.hasNext(); ) {
            Map.Entry<Path, FileStamp> file = files.next();
            if (stopRequested.getAsBoolean()) {
                break;
            }
            if (!isComplete(file.getKey(), file.getValue())) {
                continue;
            }
            Outcome outcome = deliver(file.getKey());
            if (outcome == Outcome.PARKED) {
                parked.put(file.getKey(), file.getValue());
            } else if (outcome == Outcome.RETRY_LATER) {
                break;
            } else {
                // Gone from the inbox: a new file under the same name must prove complete afresh.
                files.remove();
            }
        }
        parked.keySet().retainAll(current.keySet());
        previous = current;
    }

    private boolean isComplete(Path file, FileStamp stamp) {
        return stamp.equals(previous.get(file)) && !stamp.equals(parked.get(file));
    }

    private Outcome deliver(Path file) {
        try {
            return delivery.deliver(file);
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

    /** What tells a file that is still being written from a complete one. */
    private record FileStamp(long size, FileTime modified) {}
}
