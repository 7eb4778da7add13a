package org.wirewatch.ingest.inbox;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.wirewatch.ingest.canon.Admission;
import org.wirewatch.ingest.canon.FingerprintedStories;
import org.wirewatch.ingest.format.ParsedStories;
import org.wirewatch.ingest.format.RejectedInputException;
import org.wirewatch.ingest.format.RejectedPart;
import org.wirewatch.ingest.format.Rejections;
import org.wirewatch.ingest.format.StoryReader;
import org.wirewatch.ingest.publish.PublishException;
import org.wirewatch.ingest.publish.SourceMeters;
import org.wirewatch.ingest.publish.StoryPublisher;
import org.wirewatch.model.RejectedInput;

/**
 * Takes one complete inbox file through read, publish and move. A file leaves the inbox only after
 * Kafka acknowledged what it yielded (its stories, or its rejection), so a crash at any point
 * loses nothing; it may at worst publish a file's stories again, under the same keys.
 */
final class FileDelivery {

    private static final Logger LOG = LoggerFactory.getLogger(FileDelivery.class);
    private static final String ORIGIN_PREFIX = "inbox:";

    /** What became of a file. */
    enum Outcome {
        /** Published and moved to {@code done/}. */
        DONE,
        /** Rejection published and file moved to {@code rejected/}. */
        REJECTED,
        /** Kafka did not acknowledge: the file stays in the inbox and is tried again. */
        RETRY_LATER,
        /** An unexpected local failure: the file stays, and is left alone until it changes. */
        PARKED,
        /** Someone else took the file away. */
        GONE
    }

    private final StoryReader reader;
    private final StoryPublisher publisher;
    private final InboxFolders folders;
    private final Clock clock;
    private final SourceMeters meters;

    FileDelivery(StoryReader reader, StoryPublisher publisher, InboxFolders folders, Clock clock, SourceMeters meters) {
        this.reader = reader;
        this.publisher = publisher;
        this.folders = folders;
        this.clock = clock;
        this.meters = meters;
    }

    /** A file read, before anything is published: what the second step, {@link #deliver}, needs. */
    sealed interface Reading permits Read, Refused, Settled {}

    /** Its stories, already fingerprinted for the edge's duplicate checks, and rejected parts. */
    record Read(ParsedStories parsed, FingerprintedStories stories) implements Reading {}

    /** The whole file is rejected, for this reason. */
    record Refused(String reason) implements Reading {}

    /** Nothing to publish: the file is gone, or cannot be read and is left alone. */
    record Settled(Outcome outcome) implements Reading {}

    /**
     * Reads a file without touching Kafka or the inbox, so it can run ahead of the delivery of the
     * file before it. Never throws: every failure is a reading, logged here.
     */
    Reading read(Path file) {
        try {
            ParsedStories parsed = reader.read(file);
            return new Read(parsed, FingerprintedStories.of(parsed.stories()));
        } catch (RejectedInputException e) {
            return new Refused(e.reason());
        } catch (NoSuchFileException e) {
            return new Settled(Outcome.GONE);
        } catch (IOException e) {
            LOG.error("{} cannot be read; it stays in the inbox until it changes", file, e);
            return new Settled(Outcome.PARKED);
        } catch (RuntimeException e) {
            LOG.error("{} made the reader fail unexpectedly; rejecting it", file, e);
            return new Refused("could not be read because of an internal error (" + e + ")");
        }
    }

    /** Publishes what {@link #read} gave and moves the file. Never throws: every failure is an outcome. */
    Outcome deliver(Path file, Reading reading) {
        String origin = ORIGIN_PREFIX + file.getFileName();
        Outcome outcome;
        if (reading instanceof Read read) {
            outcome = publish(file, origin, read);
        } else if (reading instanceof Refused refused) {
            outcome = reject(file, origin, refused.reason());
        } else {
            outcome = ((Settled) reading).outcome();
        }
        // Counted once it is settled, so a file tried again is one file received.
        if (outcome == Outcome.DONE || outcome == Outcome.REJECTED) {
            meters.received();
        }
        return outcome;
    }

    private Outcome publish(Path file, String origin, Read read) {
        ParsedStories parsed = read.parsed();
        try {
            Admission admission = publisher.publishStories(read.stories());
            meters.published(admission.stories().size());
            meters.duplicates(admission.duplicates());
            publisher.publishRejections(partRejections(origin, parsed.rejections()));
            meters.rejected(parsed.rejections().size());
        } catch (PublishException e) {
            return e.retriable()
                    ? retryLater(file, e)
                    : reject(file, origin, "was refused by Kafka: " + e.getMessage());
        } catch (RuntimeException e) {
            LOG.error("{} could not be published (unexpected failure); it stays until it changes", file, e);
            return Outcome.PARKED;
        }
        try {
            Path moved = folders.moveToDone(file, describe(parsed.rejections()));
            LOG.info(
                    "{}: published {} stories ({} parts rejected), moved to {}",
                    file.getFileName(),
                    parsed.stories().size(),
                    parsed.rejections().size(),
                    moved);
            return Outcome.DONE;
        } catch (IOException | RuntimeException e) {
            LOG.error("{} was published but could not be moved to done/; it stays until it changes", file, e);
            return Outcome.PARKED;
        }
    }

    private Outcome reject(Path file, String origin, String reason) {
        try {
            RejectedInput rejection = Rejections.ofFile(origin, file, reason, clock.instant());
            publisher.publishRejections(List.of(rejection));
            meters.rejected(1);
            Path moved = folders.moveToRejected(file, reason);
            LOG.warn("{} rejected, moved to {}: {}", file.getFileName(), moved, reason);
            return Outcome.REJECTED;
        } catch (PublishException e) {
            return e.retriable() ? retryLater(file, e) : parked(file, e);
        } catch (NoSuchFileException e) {
            return Outcome.GONE;
        } catch (IOException | RuntimeException e) {
            return parked(file, e);
        }
    }

    private static Outcome retryLater(Path file, PublishException e) {
        LOG.warn("{} stays in the inbox and will be tried again: {}", file.getFileName(), e.getMessage());
        return Outcome.RETRY_LATER;
    }

    private static Outcome parked(Path file, Exception e) {
        LOG.error("{} could not be rejected; it stays in the inbox until it changes", file, e);
        return Outcome.PARKED;
    }

    private List<RejectedInput> partRejections(String origin, List<RejectedPart> parts) {
        return parts.stream()
                .map(part -> Rejections.ofPart(origin, part, clock.instant()))
                .toList();
    }

    private static String describe(List<RejectedPart> parts) {
        return parts.stream().map(RejectedPart::describe).collect(Collectors.joining("\n"));
    }
}
