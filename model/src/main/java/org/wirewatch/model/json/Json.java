package org.wirewatch.model.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The one JSON configuration of wirewatch. Output is deterministic (record components in declared
 * order, map keys sorted, ISO-8601 instants) so that a replay is byte-identical; null fields are
 * written, because the topic contracts say "or null". Reading is bounded: untrusted documents
 * cannot exhaust memory.
 */
public final class Json {

    /** Largest JSON document read, in characters. Kafka's default record limit is 1 MiB. */
    public static final long MAX_DOCUMENT_CHARS = 8L * 1024 * 1024;

    private static final ObjectMapper MAPPER = JsonMapper.builder(boundedFactory())
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .serializationInclusion(JsonInclude.Include.ALWAYS)
            .build();

    private Json() {}

    /** A shared, fully configured mapper; thread-safe once built, never reconfigured. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    private static JsonFactory boundedFactory() {
        return JsonFactory.builder()
                .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxDocumentLength(MAX_DOCUMENT_CHARS)
                        .maxStringLength((int) MAX_DOCUMENT_CHARS)
                        .maxNestingDepth(64)
                        .build())
                .build();
    }
}
