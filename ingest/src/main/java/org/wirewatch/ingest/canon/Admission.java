package org.wirewatch.ingest.canon;

import java.util.List;
import org.wirewatch.model.Story;

/**
 * What {@link CanonicalStories#admit} lets through of a batch.
 *
 * @param stories to publish, in batch order, copies marked
 * @param duplicates stories dropped as exact duplicates
 * @param copies stories among {@code stories} marked as near-duplicates
 */
public record Admission(List<Story> stories, int duplicates, int copies) {

    public Admission {
        stories = List.copyOf(stories);
    }
}
