package org.wirewatch.ingest.publish;

/**
 * Totals since the publisher was created.
 *
 * @param storiesPublished stories the broker acknowledged on {@code stories.raw}
 * @param rejectionsPublished rejected inputs the broker acknowledged on {@code stories.rejected}
 * @param failedPublishes publish calls that failed (Kafka unreachable, a record refused)
 */
public record PublishCounts(long storiesPublished, long rejectionsPublished, long failedPublishes) {}
