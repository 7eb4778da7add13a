package org.wirewatch.model.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.wirewatch.model.ArmsTransferMention;
import org.wirewatch.model.RejectedInput;
import org.wirewatch.model.SanctionMention;
import org.wirewatch.model.Stance;
import org.wirewatch.model.StanceShiftAlert;
import org.wirewatch.model.Statement;
import org.wirewatch.model.Story;

/**
 * Bad bytes on a topic must surface as Kafka's {@link SerializationException}, naming the expected
 * type, so the streams' deserialization handler can route them to a dead-letter topic.
 */
class JsonSerdeRejectsBadInputTest {

    private static final String STATEMENT = """
            {"state":"IRN","speaker":null,
             "topic":{"kind":"ARMS_TRANSFER","supplier":"IRN","recipient":"RUS","category":"UAV"},
             "stance":"NON_DENIAL","quote":"did not deny","background":false,
             "storyId":"urn:uuid:6f1c2a8e","url":null,"publishedAt":"2022-10-17T09:30:00Z",
             "evidence":{"sentence":"Kanaani did not deny.","start":0,"end":21},"score":0}
            """;

    static Stream<Arguments> badDocuments() {
        return Stream.of(
                Arguments.of("malformed JSON", Story.class, "{\"id\":\"urn:uuid:1\",\"source\":", "Story"),
                Arguments.of("not JSON at all", Story.class, "Iran does not deny drone deliveries", "Story"),
                Arguments.of("an array, not an object", StanceShiftAlert.class, "[1,2,3]", "StanceShiftAlert"),
                Arguments.of("two documents in one record", RejectedInput.class, "{} {}", "RejectedInput"),
                Arguments.of(
                        "a list given as a string",
                        SanctionMention.class,
                        "{\"targetEntities\":\"Chengdu Sanhang\"}",
                        "SanctionMention"),
                Arguments.of(
                        "a time that is not ISO-8601",
                        Story.class,
                        "{\"id\":\"a\",\"source\":\"AP\",\"publishedAt\":\"last Monday\","
                                + "\"ingestedAt\":\"2022-10-17T09:30:00Z\"}",
                        "publishedAt"),
                Arguments.of("missing state", Statement.class, without(STATEMENT, "\"state\":\"IRN\","), "state"),
                Arguments.of(
                        "missing background (a primitive)",
                        Statement.class,
                        without(STATEMENT, "\"background\":false,"),
                        "background"),
                Arguments.of(
                        "missing topic kind",
                        Statement.class,
                        without(STATEMENT, "\"kind\":\"ARMS_TRANSFER\","),
                        "kind"),
                Arguments.of(
                        "unknown topic kind", Statement.class, STATEMENT.replace("ARMS_TRANSFER", "TRADE"), "TRADE"),
                Arguments.of("unknown stance", Statement.class, STATEMENT.replace("NON_DENIAL", "MAYBE"), "MAYBE"),
                Arguments.of(
                        "evidence offsets reversed",
                        Statement.class,
                        STATEMENT.replace("\"start\":0,\"end\":21", "\"start\":21,\"end\":0"),
                        "offsets"),
                Arguments.of(
                        "missing weapon",
                        ArmsTransferMention.class,
                        "{\"supplier\":\"IRN\",\"recipient\":\"RUS\",\"modality\":\"ALLEGED\",\"storyId\":\"s\","
                                + "\"publishedAt\":\"2022-10-17T09:30:00Z\","
                                + "\"evidence\":{\"sentence\":\"x\",\"start\":0,\"end\":1}}",
                        "weapon"),
                Arguments.of(
                        "blank story id",
                        Story.class,
                        "{\"id\":\" \",\"source\":\"AP\",\"publishedAt\":\"2022-10-17T09:30:00Z\","
                                + "\"ingestedAt\":\"2022-10-17T09:30:00Z\"}",
                        "blank"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badDocuments")
    void shouldRaiseSerializationExceptionNamingTheTypeForBadInput(
            String why, Class<?> type, String json, String detail) {
        // Given bytes that are not a valid document of the type
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);

        // When they are deserialized, Then Kafka's exception says which type and what is wrong
        assertThatThrownBy(() -> JsonSerde.of(type).deserializer().deserialize("statements", bytes))
                .as(why)
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("not a valid " + type.getSimpleName() + " JSON document")
                .hasMessageContaining(detail);
    }

    @Test
    void shouldAcceptTheWellFormedDocumentTheBadOnesDeriveFrom() {
        // Given the document the bad cases above are cut from
        byte[] bytes = STATEMENT.getBytes(StandardCharsets.UTF_8);

        // When it is deserialized
        Statement read = JsonSerde.of(Statement.class).deserializer().deserialize("statements", bytes);

        // Then it reads, so each bad case fails for its own reason
        assertThat(read.stance()).isEqualTo(Stance.NON_DENIAL);
    }

    private static String without(String json, String part) {
        if (!json.contains(part)) {
            throw new IllegalArgumentException("not in document: " + part);
        }
        return json.replace(part, "");
    }
}
