package org.wirewatch.model.topics;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.wirewatch.model.Samples;
import org.wirewatch.model.json.Json;

/**
 * The schemas are worth something only if they can say no: each case takes a valid record, as its
 * topic's serde writes it, breaks one thing, and expects the topic's schema to reject it.
 */
class TopicSchemasRejectInvalidTest {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** One change to a valid document: set {@code value} at {@code pointer}, or remove it when null. */
    record Breakage(String pointer, JsonNode value) {

        static Breakage set(String pointer, String text) {
            return new Breakage(pointer, NODES.textNode(text));
        }

        static Breakage set(String pointer, int number) {
            return new Breakage(pointer, NODES.numberNode(number));
        }

        static Breakage setNull(String pointer) {
            return new Breakage(pointer, NODES.nullNode());
        }

        static Breakage remove(String pointer) {
            return new Breakage(pointer, null);
        }

        ObjectNode applyTo(ObjectNode document) {
            JsonPointer at = JsonPointer.compile(pointer);
            ObjectNode parent = (ObjectNode) document.at(at.head());
            String field = at.last().getMatchingProperty();
            if (value == null) {
                parent.remove(field);
            } else {
                parent.set(field, value);
            }
            return document;
        }
    }

    static Stream<Arguments> invalidDocuments() {
        return Stream.of(
                // statements
                broken("stance not in the enum", "statements", statement(), Breakage.set("/stance", "MAYBE")),
                broken("required field missing", "statements", statement(), Breakage.remove("/background")),
                broken("unknown topic kind", "statements", statement(), Breakage.set("/topic/kind", "TRADE")),
                broken("topic without kind", "statements", statement(), Breakage.remove("/topic/kind")),
                broken(
                        "field of another topic kind",
                        "statements",
                        alignment(),
                        Breakage.set("/topic/supplier", "IRN")),
                broken("score contradicting stance", "statements", statement(), Breakage.set("/score", 1)),
                broken("score off the scale", "statements", statement(), Breakage.set("/score", 2)),
                broken("stance of another topic", "statements", statement(), Breakage.set("/stance", "NEUTRAL")),
                broken("unknown field", "statements", statement(), Breakage.set("/line", "ARMS_TRANSFER:IRN>RUS")),
                broken("time not ISO-8601", "statements", statement(), Breakage.set("/publishedAt", "last Monday")),
                broken("state not a code", "statements", statement(), Breakage.set("/state", "Iran")),
                broken("non-nullable field null", "statements", statement(), Breakage.setNull("/quote")),
                broken("negative evidence offset", "statements", statement(), Breakage.set("/evidence/start", -1)),
                // alerts
                broken("magnitude not |Δscore|", "alerts.stance-shifts", alert(), Breakage.set("/magnitude", 2)),
                broken("no shift at all", "alerts.stance-shifts", alert(), Breakage.set("/magnitude", 0)),
                broken(
                        "severity not in the enum",
                        "alerts.stance-shifts",
                        alert(),
                        Breakage.set("/severity", "URGENT")),
                broken(
                        "side without evidence list",
                        "alerts.stance-shifts",
                        alert(),
                        Breakage.remove("/from/evidence")),
                broken(
                        "evidence without quote",
                        "alerts.stance-shifts",
                        alert(),
                        Breakage.remove("/to/evidence/0/quote")),
                broken(
                        "alignment stance on arms",
                        "alerts.stance-shifts",
                        alert(),
                        Breakage.set("/to/stance", "NEUTRAL")),
                // mentions
                broken(
                        "modality not in the enum",
                        "mentions.arms-transfers",
                        arms(),
                        Breakage.set("/modality", "RUMOURED")),
                broken(
                        "weapon category unknown",
                        "mentions.arms-transfers",
                        arms(),
                        Breakage.set("/weapon/category", "TANK")),
                broken("nullable field absent", "mentions.arms-transfers", arms(), Breakage.remove("/assertedBy")),
                broken(
                        "action not in the enum",
                        "mentions.sanctions",
                        sanction(),
                        Breakage.set("/action", "SANCTIONED")),
                broken(
                        "reason not in the enum",
                        "mentions.sanctions",
                        sanction(),
                        Breakage.set("/reason", "HUMAN_RIGHTS")),
                broken("entity list null", "mentions.sanctions", sanction(), Breakage.setNull("/targetEntities")),
                // stories
                broken("story id empty", "stories.raw", story(), Breakage.set("/id", "")),
                broken("story without publishedAt", "stories.raw", story(), Breakage.remove("/publishedAt")),
                broken("negative size", "stories.rejected", rejected(), Breakage.set("/payloadBytes", -1)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidDocuments")
    void shouldRejectInvalidDocument(String why, String topic, ObjectNode valid, Breakage breakage) {
        // Given a valid document of the topic
        assertThat(TopicSchemas.forTopic(topic).validate(valid))
                .as("before: " + why)
                .isEmpty();

        // When one thing in it is broken
        ObjectNode invalid = breakage.applyTo(valid.deepCopy());

        // Then the topic's schema rejects it
        Set<ValidationMessage> problems = TopicSchemas.forTopic(topic).validate(invalid);
        assertThat(problems).as(why + ": " + invalid).isNotEmpty();
    }

    private static Arguments broken(String why, String topic, ObjectNode valid, Breakage breakage) {
        return Arguments.of(why, topic, valid, breakage);
    }

    private static ObjectNode statement() {
        return tree(Topics.STATEMENTS.valueSerde().serializer().serialize("statements", Samples.iranHadDenied()));
    }

    private static ObjectNode alignment() {
        return tree(
                Topics.STATEMENTS.valueSerde().serializer().serialize("statements", Samples.khameneiSupportsRussia()));
    }

    private static ObjectNode alert() {
        return tree(Topics.STANCE_SHIFTS.valueSerde().serializer().serialize("alerts", Samples.iranStopsDenying()));
    }

    private static ObjectNode arms() {
        return tree(Topics.ARMS_TRANSFERS.valueSerde().serializer().serialize("arms", Samples.allegedDrones()));
    }

    private static ObjectNode sanction() {
        return tree(Topics.SANCTIONS.valueSerde().serializer().serialize("sanctions", Samples.demandedLift()));
    }

    private static ObjectNode story() {
        return tree(Topics.STORIES_RAW.valueSerde().serializer().serialize("stories", Samples.seedStory()));
    }

    private static ObjectNode rejected() {
        return tree(Topics.STORIES_REJECTED.valueSerde().serializer().serialize("rejected", Samples.htmlErrorPage()));
    }

    private static ObjectNode tree(byte[] value) {
        try {
            return (ObjectNode) Json.mapper().readTree(value);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
