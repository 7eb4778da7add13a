package org.wirewatch.ingest.http;

import java.util.List;
import org.wirewatch.ingest.format.ParsedStories;
import org.wirewatch.model.Story;

/**
 * The answer to an accepted post: the ids of the stories published, in the order of the body, and
 * the parts of the body that were rejected (a bad line of JSON Lines, a bad item of a ninjs array
 * or a feed), each also sent to {@code stories.rejected}.
 */
record Receipt(List<String> ids, List<RejectedLine> rejected) {

    /** @param part e.g. {@code line 3} */
    record RejectedLine(String part, String reason) {}

    Receipt {
        ids = List.copyOf(ids);
        rejected = List.copyOf(rejected);
    }

    static Receipt of(ParsedStories parsed) {
        return new Receipt(
                parsed.stories().stream().map(Story::id).toList(),
                parsed.rejections().stream()
                        .map(part -> new RejectedLine(part.label(), part.reason()))
                        .toList());
    }
}
