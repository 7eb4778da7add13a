package org.wirewatch.model.topics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TopicsTest {

    @Test
    void shouldNameEveryTopicOnce() {
        // Given every topic wirewatch creates
        List<String> names = Topics.all().stream().map(TopicSpec::name).toList();

        // Then no two share a name
        assertThat(names).isNotEmpty().doesNotHaveDuplicates();
    }

    @Test
    void shouldCoPartitionStatementsAndStanceShiftAlerts() {
        // Given the two topics keyed by state and line
        TopicSpec<String, ?> statements = Topics.STATEMENTS;
        TopicSpec<String, ?> alerts = Topics.STANCE_SHIFTS;

        // Then they have the same number of partitions, so one key lands on the same partition of both
        assertThat(alerts.partitions()).isEqualTo(statements.partitions()).isPositive();
    }

    @Test
    void shouldDeclareEveryTopicInAll() {
        // Given the topics declared as constants
        List<TopicSpec<?, ?>> declared = List.of(
                Topics.STORIES_RAW,
                Topics.STORIES_REJECTED,
                Topics.ARMS_TRANSFERS,
                Topics.SANCTIONS,
                Topics.STATEMENTS,
                Topics.STANCE_SHIFTS,
                Topics.SPEAKER_AFFILIATIONS,
                Topics.PROCESSOR_DEAD_LETTERS,
                Topics.ALERTS_DEAD_LETTERS);

        // Then all() returns each of them, so start-up creates them
        assertThat(Topics.all()).containsExactlyInAnyOrderElementsOf(declared);
    }
}
