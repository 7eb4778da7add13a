package org.wirewatch.ingest.format;

import java.util.List;
import org.wirewatch.model.Story;

/**
 * What one input yielded: the stories that could be read and the parts that could not. An input
 * of which no part could be read is rejected as a whole instead, so {@code stories} is never empty
 * when {@link StoryReader} returns this.
 */
public record ParsedStories(List<Story> stories, List<RejectedPart> rejections) {

    public ParsedStories {
        stories = List.copyOf(stories);
        rejections = List.copyOf(rejections);
    }
}
