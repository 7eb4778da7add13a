package org.wirewatch.model.topics;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;
import org.wirewatch.model.json.Json;

/**
 * The topics' JSON Schemas as a consumer would load them: by {@code $id}, with the relative {@code
 * $ref}s to {@code common.schema.json} resolved from the same classpath folder, and {@code format}
 * asserted (in draft 2020-12 it is only an annotation unless a validator is told otherwise).
 */
final class TopicSchemas {

    static final String BASE_URI = "https://wirewatch.org/schemas/";
    static final String CLASSPATH_FOLDER = "schemas/";

    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(
            SpecVersion.VersionFlag.V202012,
            builder -> builder.schemaMappers(mappers -> mappers.mapPrefix(BASE_URI, "classpath:" + CLASSPATH_FOLDER)));

    private static final SchemaValidatorsConfig CONFIG =
            SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();

    private TopicSchemas() {}

    static String fileName(String topic) {
        return topic + ".schema.json";
    }

    /** The schema of a topic's values, e.g. {@code statements} → {@code statements.schema.json}. */
    static JsonSchema forTopic(String topic) {
        return byUri(BASE_URI + fileName(topic));
    }

    static JsonSchema byUri(String uri) {
        JsonSchema schema = FACTORY.getSchema(SchemaLocation.of(uri), CONFIG);
        schema.initializeValidators(); // resolve every $ref now, so a broken one fails here
        return schema;
    }

    static Set<ValidationMessage> validate(String topic, byte[] value) {
        try {
            return forTopic(topic).validate(Json.mapper().readTree(value));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The schema file itself, as a JSON tree, or an error if it is not on the classpath. */
    static JsonNode document(String fileName) {
        try (InputStream in = TopicSchemas.class.getClassLoader().getResourceAsStream(CLASSPATH_FOLDER + fileName)) {
            if (in == null) {
                throw new IllegalStateException("no schema " + CLASSPATH_FOLDER + fileName + " on the classpath");
            }
            return Json.mapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
