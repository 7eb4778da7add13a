package org.wirewatch.ingest.poller;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The feeds to poll: those given on the command line and those of the feeds file, which is read
 * again whenever its modification time changes. A file that cannot be used (missing, invalid, a
 * name taken twice) is reported once per change and the previous feeds are kept, so a typo made
 * while editing never stops the feeds already polled. Used by one thread.
 */
final class FeedsSource {

    private static final Logger LOG = LoggerFactory.getLogger(FeedsSource.class);

    private final List<FeedConfig> fixed;
    private final Optional<Path> file;
    private FileTime seenModified;
    private List<FeedConfig> current;
    private boolean given;

    FeedsSource(List<FeedConfig> fixed, Optional<Path> file) {
        this.fixed = List.copyOf(fixed);
        this.file = file;
        this.current = this.fixed;
    }

    /** @return the feeds when they changed since the last call (the first call always), else empty */
    Optional<List<FeedConfig>> changed() {
        boolean first = !given;
        given = true;
        if (file.isEmpty()) {
            return first ? Optional.of(current) : Optional.empty();
        }
        FileTime modified = modified(file.get());
        if (modified.equals(seenModified)) {
            return Optional.empty();
        }
        seenModified = modified;
        try {
            current = FeedsConfig.combine(fixed, FeedsConfig.read(file.get()));
            LOG.info("feeds file {} read: {} feeds", file.get(), current.size());
            return Optional.of(current);
        } catch (InvalidFeedsException e) {
            LOG.error("feeds file not used, the previous {} feeds are kept: {}", current.size(), e.getMessage());
            // At start there is nothing previous but the command line's feeds: poll those.
            return first ? Optional.of(current) : Optional.empty();
        }
    }

    private static FileTime modified(Path path) {
        try {
            return Files.getLastModifiedTime(path);
        } catch (IOException e) {
            // A missing file is a change too (to "unusable"), reported once by read().
            return FileTime.fromMillis(-1);
        }
    }
}
