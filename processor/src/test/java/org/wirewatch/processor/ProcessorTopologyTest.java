package org.wirewatch.processor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyDescription;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wirewatch.model.Affiliation;
import org.wirewatch.model.ArmsTransferMention;
import org.wirewatch.model.ArmsTransferTopic;
import org.wirewatch.model.Modality;
import org.wirewatch.model.SanctionAction;
import org.wirewatch.model.SanctionMention;
import org.wirewatch.model.Stance;
import org.wirewatch.model.Statement;
import org.wirewatch.model.Story;
import org.wirewatch.model.WeaponCategory;
import org.wirewatch.model.topics.PipelineStage;
import org.wirewatch.model.topics.TopicSpec;
import org.wirewatch.model.topics.Topics;
import org.wirewatch.streams.StreamsSettings;

class ProcessorTopologyTest {

    private static final Instant MONDAY = Instant.parse("2022-10-17T09:30:00Z");

    @TempDir
    Path stateDir;

    private TopologyTestDriver driver;
    private TestInputTopic<String, Story> stories;
    private TestInputTopic<Bytes, Bytes> rawStories;
    private TestOutputTopic<String, Statement> statements;
    private TestOutputTopic<String, ArmsTransferMention> transfers;
    private TestOutputTopic<String, SanctionMention> sanctions;

    @BeforeEach
    void startDriver() {
        StreamsSettings settings = new StreamsSettings(
                "processor-test",
                "127.0.0.1:9",
                stateDir,
                Topics.PROCESSOR_DEAD_LETTERS.name(),
                StreamsSettings.DEFAULT_COMMIT_INTERVAL,
                1);
        driver = new TopologyTestDriver(ProcessorTopology.build(ProcessorApp.extractor()), settings.toProperties());
        stories = driver.createInputTopic(
                Topics.STORIES_RAW.name(),
                Topics.STORIES_RAW.keySerde().serializer(),
                Topics.STORIES_RAW.valueSerde().serializer());
        rawStories = driver.createInputTopic(
                Topics.STORIES_RAW.name(),
                Serdes.Bytes().serializer(),
                Serdes.Bytes().serializer());
        statements = driver.createOutputTopic(
                Topics.STATEMENTS.name(),
                Topics.STATEMENTS.keySerde().deserializer(),
                Topics.STATEMENTS.valueSerde().deserializer());
        sanctions = driver.createOutputTopic(
                Topics.SANCTIONS.name(),
                Topics.SANCTIONS.keySerde().deserializer(),
                Topics.SANCTIONS.valueSerde().deserializer());
        transfers = driver.createOutputTopic(
                Topics.ARMS_TRANSFERS.name(),
                Topics.ARMS_TRANSFERS.keySerde().deserializer(),
                Topics.ARMS_TRANSFERS.valueSerde().deserializer());
    }

    @AfterEach
    void closeDriver() {
        driver.close();
    }

    @Test
    void shouldPublishDenialAsStatementKeyedByStateAndLine() {
        // Given a story in which Iran's spokesman denies supplying drones to Russia
        Story story = story(
                "urn:test:deny",
                "Iran's foreign ministry spokesman Nasser Kanaani on Monday denied that Tehran had supplied drones"
                        + " to Russia for use in Ukraine, calling the reports baseless.");

        // When it flows through the topology
        stories.pipeInput(story.id(), story);

        // Then one Iranian DENY statement on IRN→RUS drones comes out, keyed for the alerts service
        List<KeyValue<String, Statement>> out = statements.readKeyValuesToList();
        assertThat(out).hasSize(1);
        Statement statement = out.get(0).value;
        assertThat(out.get(0).key).isEqualTo("IRN|ARMS_TRANSFER:IRN>RUS");
        assertThat(statement.state()).isEqualTo("IRN");
        assertThat(statement.stance()).isEqualTo(Stance.DENY);
        assertThat(statement.topic()).isEqualTo(new ArmsTransferTopic("IRN", "RUS", WeaponCategory.UAV));
        assertThat(statement.speaker()).isEqualTo("Nasser Kanaani");
        assertThat(statement.evidence().sentence())
                .isEqualTo(story.body()
                        .substring(
                                statement.evidence().start(),
                                statement.evidence().end()));
    }

    @Test
    void shouldPublishDeniedTransferMentionWithStoryTime() {
        Story story = story(
                "urn:test:deny-mention",
                "Iran's foreign ministry spokesman Nasser Kanaani denied that Tehran had supplied drones to Russia.");

        stories.pipeInput(story.id(), story);

        TestRecord<String, ArmsTransferMention> record = transfers.readRecord();
        assertThat(record.key()).isEqualTo(story.id());
        assertThat(record.getRecordTime()).isEqualTo(MONDAY);
        assertThat(record.value().supplier()).isEqualTo("IRN");
        assertThat(record.value().recipient()).isEqualTo("RUS");
        assertThat(record.value().modality()).isEqualTo(Modality.DENIED);
        assertThat(record.value().assertedBy()).isEqualTo("IRN");
    }

    @Test
    void shouldStampOutputOfAStoryDatedAheadOfItsArrivalWithItsArrival() {
        // Given a story that arrives on Monday but claims to be published a year later
        Instant arrival = MONDAY;
        Story story = new Story(
                "urn:test:dated-ahead",
                "test-wire",
                null,
                "Headline",
                "Iran's foreign ministry spokesman Nasser Kanaani denied that Tehran had supplied drones to Russia.",
                MONDAY.plus(Duration.ofDays(365)),
                arrival,
                "en",
                null,
                null);

        stories.pipeInput(story.id(), story, arrival);

        // Then its output carries the arrival time (a year ahead, the broker would refuse it) and the claimed date
        TestRecord<String, ArmsTransferMention> record = transfers.readRecord();
        assertThat(record.getRecordTime()).isEqualTo(arrival);
        assertThat(record.value().publishedAt()).isEqualTo(story.publishedAt());
    }

    @Test
    void shouldReadNeitherConfirmNorDenyAsNonDenial() {
        Story story = story(
                "urn:test:non-denial",
                "Asked about Iranian drones in Russia, spokesman Nasser Kanaani said Tehran would neither confirm"
                        + " nor deny that it had delivered drones to Moscow.");

        stories.pipeInput(story.id(), story);

        assertThat(statements.readValuesToList())
                .extracting(Statement::state, Statement::stance)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("IRN", Stance.NON_DENIAL));
    }

    @Test
    void shouldRememberASpeakerLearnedInOneStoryForTheNext() {
        // Given a story that introduces the spokesman by title
        Story first = story(
                "urn:test:learn",
                "Iran's foreign ministry spokesman Nasser Kanaani denied that Tehran had supplied drones to Russia.");
        // And a later one that only names him
        Story later = story(
                "urn:test:recall",
                "Kanaani said on Tuesday that his country would neither confirm nor deny sending drones to Russia.");

        stories.pipeInput(first.id(), first);
        stories.pipeInput(later.id(), later);

        // Then the later statement is Iran's
        assertThat(statements.readValuesToList())
                .extracting(Statement::storyId, Statement::state, Statement::stance)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("urn:test:learn", "IRN", Stance.DENY),
                        org.assertj.core.groups.Tuple.tuple("urn:test:recall", "IRN", Stance.NON_DENIAL));
    }

    @Test
    void shouldPublishOnlyWhatTheAffiliationsTableDoesNotHoldYet() {
        TestOutputTopic<String, Affiliation> learned = driver.createOutputTopic(
                Topics.SPEAKER_AFFILIATIONS.name(),
                Topics.SPEAKER_AFFILIATIONS.keySerde().deserializer(),
                Topics.SPEAKER_AFFILIATIONS.valueSerde().deserializer());
        // Given two stories that introduce the spokesman the same way
        Story first = story(
                "urn:test:teach-1",
                "Iran's foreign ministry spokesman Nasser Kanaani denied that Tehran had supplied drones to Russia.");
        Story again = story(
                "urn:test:teach-2",
                "Iran's foreign ministry spokesman Nasser Kanaani again denied sending drones to Russia.");

        stories.pipeInput(first.id(), first);
        stories.pipeInput(again.id(), again);

        // Then only the first teaches him, under his full name and his surname
        assertThat(learned.readKeyValuesToList())
                .extracting(kv -> kv.key, kv -> kv.value.storyId())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Nasser Kanaani", "urn:test:teach-1"),
                        org.assertj.core.groups.Tuple.tuple("Kanaani", "urn:test:teach-1"));
    }

    @Test
    void shouldReadAStoryThatMentionsSanctionsButNoWeapon() {
        Story story = story(
                "urn:test:sanctions-only",
                "The European Union on Friday adopted new sanctions against Russia, targeting its largest banks.");
        stories.pipeInput(story.id(), story);

        assertThat(sanctions.readValuesToList())
                .extracting(SanctionMention::imposer, SanctionMention::target, SanctionMention::action)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("EU", "RUS", SanctionAction.IMPOSED));
    }

    @Test
    void shouldSkipStoryWithoutArmsOrSanctionWords() {
        Story story = story("urn:test:decoy", "Iran and Russia signed a deal on wheat exports on Monday.");

        stories.pipeInput(story.id(), story);

        assertThat(statements.isEmpty()).isTrue();
        assertThat(transfers.isEmpty()).isTrue();
    }

    @Test
    void shouldSkipUnreadableStoryAndKeepGoing() {
        // Given a record that is not a story, followed by a good one
        rawStories.pipeInput(
                Bytes.wrap("k".getBytes(StandardCharsets.UTF_8)),
                Bytes.wrap("{not json".getBytes(StandardCharsets.UTF_8)));
        Story good = story(
                "urn:test:after-bad",
                "Iran's foreign ministry spokesman denied that Tehran had supplied drones to Russia.");
        stories.pipeInput(good.id(), good);

        // Then the good one is still processed (the dead letter itself is checked over a real broker
        // in ProcessorDeadLetterIT: the test driver does not deliver deserialization dead letters)
        assertThat(statements.readValuesToList()).hasSize(1);
    }

    @Test
    void shouldReadThroughItsGroupExactlyTheInputsItsPipelineStageDeclares() {
        // the alerts service reports the processor's lag over PipelineStage.PROCESSOR's inputs
        Set<String> sources = ProcessorTopology.build(ProcessorApp.extractor()).describe().subtopologies().stream()
                .flatMap(subtopology -> subtopology.nodes().stream())
                .filter(TopologyDescription.Source.class::isInstance)
                .flatMap(source -> ((TopologyDescription.Source) source).topicSet().stream())
                .collect(Collectors.toSet());

        assertThat(sources)
                .containsExactlyInAnyOrderElementsOf(PipelineStage.PROCESSOR.inputs().stream()
                        .map(TopicSpec::name)
                        .toList());
    }

    private static Story story(String id, String body) {
        return new Story(
                id, "test-wire", "https://example.org/" + id, "Headline", body, MONDAY, MONDAY, "en", null, null);
    }
}
