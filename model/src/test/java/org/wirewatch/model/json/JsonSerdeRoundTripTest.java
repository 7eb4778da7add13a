package org.wirewatch.model.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.kafka.common.serialization.Serde;
import org.junit.jupiter.api.Test;
import org.wirewatch.model.ArmsTransferMention;
import org.wirewatch.model.ParkedDelivery;
import org.wirewatch.model.RejectedInput;
import org.wirewatch.model.Samples;
import org.wirewatch.model.SanctionMention;
import org.wirewatch.model.StanceShiftAlert;
import org.wirewatch.model.Statement;
import org.wirewatch.model.Story;

class JsonSerdeRoundTripTest {

    private static final String TOPIC = "any-topic";

    @Test
    void shouldRoundTripStoryWithoutLoss() {
        roundTripsUnchanged(
                Story.class,
                Samples.seedStory(),
                Samples.plainTextStory(),
                Samples.unicodeStory(),
                Samples.syndicatedCopy());
    }

    @Test
    void shouldRoundTripRejectedInputWithoutLoss() {
        roundTripsUnchanged(RejectedInput.class, Samples.htmlErrorPage(), Samples.emptyFile());
    }

    @Test
    void shouldRoundTripArmsTransferMentionWithoutLoss() {
        roundTripsUnchanged(ArmsTransferMention.class, Samples.allegedDrones(), Samples.confirmedShaheds());
    }

    @Test
    void shouldRoundTripSanctionMentionWithoutLoss() {
        roundTripsUnchanged(
                SanctionMention.class,
                Samples.threatenedSanctions(),
                Samples.demandedLift(),
                Samples.imposedOnDroneMakers());
    }

    @Test
    void shouldRoundTripStatementOfEveryTopicKindWithoutLoss() {
        roundTripsUnchanged(
                Statement.class,
                Samples.iranDoesNotDeny(),
                Samples.iranHadDenied(),
                Samples.usThreatensSanctions(),
                Samples.iranCondemnsSanctions(),
                Samples.khameneiSupportsRussia(),
                Samples.berlinPledgesLeopards(),
                Samples.unicodeDenial());
    }

    @Test
    void shouldRoundTripStanceShiftAlertWithoutLoss() {
        roundTripsUnchanged(
                StanceShiftAlert.class,
                Samples.iranStopsDenying(),
                Samples.berlinRefusesThenPledges(),
                Samples.iranDropsNeutrality(),
                Samples.usMovesToImpose());
    }

    @Test
    void shouldRoundTripParkedDeliveryWithoutLoss() {
        roundTripsUnchanged(ParkedDelivery.class, Samples.deskReceiverDown(), Samples.deskRefusesSanctionAlert());
    }

    @Test
    void shouldWriteNullFieldsAndEmptyListsRatherThanOmitThem() throws IOException {
        // Given a statement on open-ended sanctions, by no named speaker, from a story without URL
        Statement statement = Samples.usThreatensSanctions();

        // When it is serialized
        JsonNode json = toTree(Statement.class, statement);

        // Then the nullable fields are present as null
        assertThat(json.get("speaker").isNull()).isTrue();
        assertThat(json.get("url").isNull()).isTrue();
        assertThat(json.get("topic").get("target").isNull()).isTrue();
        // and an empty list is written as []
        JsonNode mention = toTree(SanctionMention.class, Samples.threatenedSanctions());
        assertThat(mention.get("targetEntities").isArray()).isTrue();
        assertThat(mention.get("targetEntities")).isEmpty();
    }

    @Test
    void shouldWriteScoreDerivedFromStance() throws IOException {
        // Given statements with stances scoring -1, 0 and +1
        List<Statement> statements =
                List.of(Samples.iranHadDenied(), Samples.iranDoesNotDeny(), Samples.khameneiSupportsRussia());

        for (Statement statement : statements) {
            // When each is serialized
            JsonNode json = toTree(Statement.class, statement);

            // Then its score is the stance's
            assertThat(json.get("score").asInt())
                    .as("score of %s", statement.stance())
                    .isEqualTo(statement.stance().score());
        }
    }

    @Test
    void shouldWriteScoreOnBothSidesOfAnAlert() throws IOException {
        // Given an alert from REFUSE (-1) to PLEDGE (+1)
        StanceShiftAlert alert = Samples.berlinRefusesThenPledges();

        // When it is serialized
        JsonNode json = toTree(StanceShiftAlert.class, alert);

        // Then both sides carry the score of their stance
        assertThat(json.at("/from/score").asInt()).isEqualTo(-1);
        assertThat(json.at("/to/score").asInt()).isEqualTo(1);
        assertThat(json.get("magnitude").asInt()).isEqualTo(2);
    }

    @Test
    void shouldIgnoreAScoreThatContradictsTheStanceWhenReading() throws IOException {
        // Given a statement whose JSON was tampered with to say DENY scores +1
        ObjectNode tampered = (ObjectNode) toTree(Statement.class, Samples.iranHadDenied());
        tampered.put("score", 1);
        byte[] bytes = Json.mapper().writeValueAsBytes(tampered);

        // When it is read back
        Statement read = JsonSerde.of(Statement.class).deserializer().deserialize(TOPIC, bytes);

        // Then the score is derived from the stance again
        assertThat(read.score()).isEqualTo(-1);
        assertThat(read).isEqualTo(Samples.iranHadDenied());
    }

    @Test
    void shouldWriteUnicodeTextAsUtf8ThatAnyJsonReaderDecodes() throws IOException {
        // Given a story in Russian and Persian with an emoji outside the BMP
        Story story = Samples.unicodeStory();

        // When it is serialized
        byte[] bytes = JsonSerde.of(Story.class).serializer().serialize(TOPIC, story);

        // Then the text is UTF-8 as is (characters outside the BMP come as a JSON surrogate-pair
        // escape, which is still the same string to any JSON reader)
        assertThat(new String(bytes, StandardCharsets.UTF_8)).contains("Захарова: Иран не поставлял дроны — ایران");
        JsonNode json = Json.mapper().readTree(bytes);
        assertThat(json.get("body").asText()).isEqualTo(Samples.UNICODE_BODY).contains("🛡️");
    }

    @Test
    void shouldMapNullToNullBothWays() {
        // Given the serde of any record
        Serde<Statement> serde = JsonSerde.of(Statement.class);

        // When null (a tombstone) goes through it, Then null comes out
        assertThat(serde.serializer().serialize(TOPIC, null)).isNull();
        assertThat(serde.deserializer().deserialize(TOPIC, null)).isNull();
    }

    @SafeVarargs
    private static <T> void roundTripsUnchanged(Class<T> type, T... values) {
        Serde<T> serde = JsonSerde.of(type);
        for (T value : values) {
            // When the value is serialized and read back
            byte[] bytes = serde.serializer().serialize(TOPIC, value);
            T read = serde.deserializer().deserialize(TOPIC, bytes);

            // Then it equals the original, and writing it again gives the same bytes
            assertThat(read).isEqualTo(value);
            assertThat(serde.serializer().serialize(TOPIC, read)).isEqualTo(bytes);
        }
    }

    private static <T> JsonNode toTree(Class<T> type, T value) throws IOException {
        return Json.mapper().readTree(JsonSerde.of(type).serializer().serialize(TOPIC, value));
    }
}
