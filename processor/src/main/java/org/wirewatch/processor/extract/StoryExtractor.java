package org.wirewatch.processor.extract;

import org.wirewatch.model.Story;

/**
 * Reads one story into mentions and statements. Implementations are pure and deterministic (same
 * story, same extraction) and may be called from several stream threads at once.
 */
@FunctionalInterface
public interface StoryExtractor {

    Extraction extract(Story story);
}
