package org.wirewatch.ingest.format;

import java.util.List;
import org.wirewatch.model.RejectedInput;
import org.wirewatch.model.Story;

/**
 * What a folder of story files yielded.
 *
 * @param stories in file-name order, then in order within each file
 * @param rejections whole files and single lines or items that could not be read, with reasons
 */
public record StoryFileContents(List<Story> stories, List<RejectedInput> rejections) {

    public StoryFileContents {
        stories = List.copyOf(stories);
        rejections = List.copyOf(rejections);
    }
}
