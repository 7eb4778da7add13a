package org.wirewatch.processor.extract;

import org.wirewatch.model.Story;

/**
 * Reads one story into mentions and statements. Implementations are pure and deterministic (same
 * story, same extraction) and may be called from several stream threads at once.
 */
@FunctionalInterface
public interface StoryExtractor {

    /** @param known people earlier stories tied to a state, for names this story does not explain */
    Extraction extract(Story story, KnownSpeakers known);
}
