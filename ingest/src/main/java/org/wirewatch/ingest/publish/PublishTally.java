package org.wirewatch.ingest.publish;

import java.util.concurrent.atomic.AtomicLong;
import org.wirewatch.ingest.canon.Admission;

/** The running totals behind {@link PublishCounts}, for publishers that several threads call. */
final class PublishTally {

    private final AtomicLong storiesPublished = new AtomicLong();
    private final AtomicLong rejectionsPublished = new AtomicLong();
    private final AtomicLong failedPublishes = new AtomicLong();
    private final AtomicLong duplicatesDropped = new AtomicLong();
    private final AtomicLong copiesMarked = new AtomicLong();

    /** An admission whose stories the broker acknowledged. */
    void published(Admission admission) {
        storiesPublished.addAndGet(admission.stories().size());
        duplicatesDropped.addAndGet(admission.duplicates());
        copiesMarked.addAndGet(admission.copies());
    }

    void rejectionsPublished(int rejections) {
        rejectionsPublished.addAndGet(rejections);
    }

    void failed() {
        failedPublishes.incrementAndGet();
    }

    PublishCounts counts() {
        return new PublishCounts(
                storiesPublished.get(),
                rejectionsPublished.get(),
                failedPublishes.get(),
                duplicatesDropped.get(),
                copiesMarked.get());
    }
}
