package org.wirewatch.ingest.format;

import java.util.List;
import java.util.stream.Collectors;
import org.wirewatch.model.Story;

/**
 * What one input yielded: the stories that could be read and the parts that could not. An input
 * of which no part could be read is rejected as a whole instead, so {@code stories} is never empty
 * when {@link StoryReader} returns this.
 */
public record ParsedStories(List<Story> stories, List<RejectedPart> rejections) {

    private static final int REASONS_IN_SUMMARY = 3;

    public ParsedStories {
        stories = List.copyOf(stories);
        rejections = List.copyOf(rejections);
    }

    /**
     * This, when it holds a story; an input of which nothing could be read is rejected whole, with
     * its first parts' reasons.
     */
    public ParsedStories requireSomeStory() throws RejectedInputException {
        if (!stories.isEmpty()) {
            return this;
        }
        if (rejections.isEmpty()) {
            throw new RejectedInputException("contains no stories");
        }
        String reasons = rejections.stream()
                .limit(REASONS_IN_SUMMARY)
                .map(RejectedPart::describe)
                .collect(Collectors.joining("; "));
        int more = rejections.size() - REASONS_IN_SUMMARY;
        throw new RejectedInputException(
                "contains no readable story: " + reasons + (more > 0 ? "; and " + more + " more" : ""));
    }
}
