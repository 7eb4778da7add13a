package org.wirewatch.ingest.format;

import java.time.Instant;

/**
 * What a reader needs beyond the input itself.
 *
 * @param defaultSource the story source when the input names none
 * @param ingestedAt the moment of reading, the same for every story of one input
 */
public record Ingestion(String defaultSource, Instant ingestedAt) {}
