package org.wirewatch.ingest.publish;

/**
 * Totals since the publisher was created.
 *
 * @param storiesPublished stories the broker acknowledged on {@code stories.raw}
 * @param rejectionsPublished rejected inputs the broker acknowledged on {@code stories.rejected}
 * @param failedPublishes publish calls that failed (Kafka unreachable, a record refused)
 * @param duplicatesDropped stories not published because a recent story had the same content
 * @param copiesMarked published stories marked as near-duplicates ({@code duplicateOf}) of another
 */
public record PublishCounts(
        long storiesPublished,
        long rejectionsPublished,
        long failedPublishes,
        long duplicatesDropped,
        long copiesMarked) {

    /** Nothing published yet. */
    public static final PublishCounts NONE = new PublishCounts(0, 0, 0, 0, 0);

    /** The totals of two publishers. */
    public PublishCounts plus(PublishCounts other) {
        return new PublishCounts(
                storiesPublished + other.storiesPublished,
                rejectionsPublished + other.rejectionsPublished,
                failedPublishes + other.failedPublishes,
                duplicatesDropped + other.duplicatesDropped,
                copiesMarked + other.copiesMarked);
    }
}
