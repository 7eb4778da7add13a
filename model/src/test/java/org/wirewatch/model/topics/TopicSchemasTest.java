package org.wirewatch.model.topics;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.ValidationMessage;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.wirewatch.model.FeedState;
import org.wirewatch.model.Samples;
import org.wirewatch.model.json.Json;

class TopicSchemasTest {

    /** Topics whose values are wirewatch JSON records; the others carry raw bytes (dead letters). */
    private static final List<TopicSpec<String, ?>> JSON_TOPICS = List.of(
            Topics.STORIES_RAW,
            Topics.STORIES_REJECTED,
            Topics.ARMS_TRANSFERS,
            Topics.SANCTIONS,
            Topics.STATEMENTS,
            Topics.STANCE_SHIFTS,
            Topics.NEW_TRANSFERS,
            Topics.SANCTION_ALERTS,
            Topics.SPEAKER_AFFILIATIONS,
            Topics.WEBHOOK_PARKED,
            Topics.FEED_STATE);

    private static final List<String> SCHEMA_FILES = Stream.concat(
                    JSON_TOPICS.stream().map(topic -> TopicSchemas.fileName(topic.name())),
                    Stream.of("common.schema.json"))
            .toList();

    static Stream<String> schemaFiles() {
        return SCHEMA_FILES.stream();
    }

    static Stream<String> jsonTopics() {
        return JSON_TOPICS.stream().map(TopicSpec::name);
    }

    static Stream<Arguments> samples() {
        return Stream.of(
                sample(Topics.STORIES_RAW, Samples.seedStory()),
                sample(Topics.STORIES_RAW, Samples.plainTextStory()),
                sample(Topics.STORIES_RAW, Samples.syndicatedCopy()),
                sample(Topics.STORIES_RAW, Samples.unicodeStory()),
                sample(Topics.STORIES_REJECTED, Samples.htmlErrorPage()),
                sample(Topics.STORIES_REJECTED, Samples.emptyFile()),
                sample(Topics.ARMS_TRANSFERS, Samples.allegedDrones()),
                sample(Topics.ARMS_TRANSFERS, Samples.confirmedShaheds()),
                sample(Topics.SANCTIONS, Samples.threatenedSanctions()),
                sample(Topics.SANCTIONS, Samples.demandedLift()),
                sample(Topics.SANCTIONS, Samples.imposedOnDroneMakers()),
                sample(Topics.STATEMENTS, Samples.iranDoesNotDeny()),
                sample(Topics.STATEMENTS, Samples.iranHadDenied()),
                sample(Topics.STATEMENTS, Samples.usThreatensSanctions()),
                sample(Topics.STATEMENTS, Samples.iranCondemnsSanctions()),
                sample(Topics.STATEMENTS, Samples.khameneiSupportsRussia()),
                sample(Topics.STATEMENTS, Samples.berlinPledgesLeopards()),
                sample(Topics.STATEMENTS, Samples.unicodeDenial()),
                sample(Topics.STANCE_SHIFTS, Samples.iranStopsDenying()),
                sample(Topics.STANCE_SHIFTS, Samples.berlinRefusesThenPledges()),
                sample(Topics.STANCE_SHIFTS, Samples.iranDropsNeutrality()),
                sample(Topics.STANCE_SHIFTS, Samples.usMovesToImpose()),
                sample(Topics.NEW_TRANSFERS, Samples.northKoreanShellsForRussia()),
                sample(Topics.SANCTION_ALERTS, Samples.treasuryDesignatesDroneMaker()),
                sample(Topics.SPEAKER_AFFILIATIONS, Samples.kanaaniSpeaksForIran()),
                sample(Topics.WEBHOOK_PARKED, Samples.deskReceiverDown()),
                sample(Topics.WEBHOOK_PARKED, Samples.deskRefusesSanctionAlert()),
                sample(Topics.FEED_STATE, Samples.harbourWireAfterAnOutage()),
                sample(Topics.FEED_STATE, FeedState.initial("https://courier.example.org/atom.xml")));
    }

    /** The value as the topic's own serde writes it. */
    private static <V> Arguments sample(TopicSpec<String, V> topic, V value) {
        byte[] bytes = topic.valueSerde().serializer().serialize(topic.name(), value);
        return Arguments.of(topic.name(), bytes);
    }

    @Test
    void shouldHaveASchemaForEveryJsonTopicAndOnlyDeadLettersWithout() {
        // Given every topic wirewatch creates
        List<String> all = Topics.all().stream().map(TopicSpec::name).toList();
        List<String> withSchema = JSON_TOPICS.stream().map(TopicSpec::name).toList();

        // Then each JSON topic has a schema named after it, and the rest are dead-letter topics
        assertThat(all).containsAll(withSchema);
        assertThat(all.stream().filter(name -> !withSchema.contains(name)))
                .allMatch(name -> name.endsWith(".dead-letters"), "is a dead-letter topic");
        for (String topic : withSchema) {
            JsonNode schema = TopicSchemas.document(TopicSchemas.fileName(topic));
            assertThat(schema.path("$id").asText()).isEqualTo(TopicSchemas.BASE_URI + TopicSchemas.fileName(topic));
            assertThat(schema.path("title").asText()).contains(topic);
            assertThat(schema.path("description").asText()).isNotBlank();
        }
    }

    @ParameterizedTest
    @MethodSource("schemaFiles")
    void shouldBeAValidDraft202012SchemaWithResolvableReferences(String file) {
        // Given a schema file
        JsonNode schema = TopicSchemas.document(file);

        // When it is checked against the draft 2020-12 meta-schema
        Set<ValidationMessage> problems = TopicSchemas.byUri("https://json-schema.org/draft/2020-12/schema")
                .validate(schema);

        // Then it conforms, declares that draft, and all its $refs resolve
        assertThat(problems).isEmpty();
        assertThat(schema.path("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        TopicSchemas.byUri(schema.path("$id").asText());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void shouldValidateEverySerializedRecordAgainstItsTopicSchema(String topic, byte[] value) {
        // Given a record as its topic's serde writes it
        // When it is validated against the topic's schema
        Set<ValidationMessage> problems = TopicSchemas.validate(topic, value);

        // Then the schema accepts it
        assertThat(problems).as(new String(value, StandardCharsets.UTF_8)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void shouldListEveryWrittenFieldAsRequired(String topic, byte[] value) throws Exception {
        // Given a record as its topic's serde writes it, and the topic's schema
        JsonNode json = Json.mapper().readTree(value);
        JsonNode schema = TopicSchemas.document(TopicSchemas.fileName(topic));

        // Then the schema declares, and requires, exactly the fields the serializer writes
        assertThat(names(schema.path("properties"))).isEqualTo(names(json));
        assertThat(textValues(schema.path("required"))).isEqualTo(names(json));
    }

    @ParameterizedTest
    @MethodSource("schemaFiles")
    void shouldCloseEveryObjectAndRequireAllItsProperties(String file) {
        // Given every object type a schema file defines
        List<JsonNode> objects = new ArrayList<>();
        collectObjectSchemas(TopicSchemas.document(file), objects);

        // Then each one admits no unknown field and requires each of its fields (nullable or not)
        assertThat(objects).isNotEmpty().allSatisfy(object -> {
            assertThat(object.path("additionalProperties").isBoolean()
                            && !object.path("additionalProperties").asBoolean())
                    .as("additionalProperties false in %s", object.path("title"))
                    .isTrue();
            assertThat(textValues(object.path("required")))
                    .as("required of %s", object.path("title"))
                    .isEqualTo(names(object.path("properties")));
        });
    }

    @ParameterizedTest
    @MethodSource("jsonTopics")
    void shouldAcceptItsOwnExamples(String topic) {
        // Given the examples a schema shows consumers
        JsonNode examples = TopicSchemas.document(TopicSchemas.fileName(topic)).path("examples");
        assertThat(examples).isNotEmpty();

        // Then each is valid against it
        for (JsonNode example : examples) {
            assertThat(TopicSchemas.forTopic(topic).validate(example))
                    .as(example.toString())
                    .isEmpty();
        }
    }

    private static void collectObjectSchemas(JsonNode node, List<JsonNode> into) {
        if (node.isObject() && "object".equals(node.path("type").asText()) && node.has("properties")) {
            into.add(node);
        }
        node.forEach(child -> collectObjectSchemas(child, into));
    }

    static Set<String> names(JsonNode object) {
        Set<String> names = new HashSet<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    static Set<String> textValues(JsonNode array) {
        Set<String> values = new HashSet<>();
        array.forEach(item -> values.add(item.asText()));
        return values;
    }
}
