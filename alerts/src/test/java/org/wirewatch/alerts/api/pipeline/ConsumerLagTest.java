package org.wirewatch.alerts.api.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

class ConsumerLagTest {

    private static final TopicPartition STATEMENTS_0 = new TopicPartition("statements", 0);
    private static final TopicPartition STATEMENTS_1 = new TopicPartition("statements", 1);
    private static final TopicPartition SANCTIONS_0 = new TopicPartition("mentions.sanctions", 0);
    private static final List<TopicPartition> INPUTS = List.of(STATEMENTS_0, STATEMENTS_1, SANCTIONS_0);

    @Test
    void shouldSumEndMinusCommittedOverTheInputPartitions() {
        Map<TopicPartition, Long> ends = Map.of(STATEMENTS_0, 120L, STATEMENTS_1, 80L, SANCTIONS_0, 10L);
        Map<TopicPartition, Long> committed = Map.of(STATEMENTS_0, 100L, STATEMENTS_1, 80L, SANCTIONS_0, 7L);

        assertThat(ConsumerLag.of(INPUTS, ends, Map.of(), committed)).isEqualTo(20L + 0L + 3L);
    }

    @Test
    void shouldBeUnknownNotZeroForAGroupThatHasCommittedNothing() {
        Map<TopicPartition, Long> ends = Map.of(STATEMENTS_0, 120L, STATEMENTS_1, 80L, SANCTIONS_0, 10L);

        assertThat(ConsumerLag.of(INPUTS, ends, Map.of(), Map.of())).isNull();
        assertThat(ConsumerLag.of(INPUTS, ends, Map.of(), Map.of(new TopicPartition("elsewhere", 0), 5L)))
                .isNull();
    }

    @Test
    void shouldCountAPartitionWithoutACommitFromItsFirstOffset() {
        // Given the group committed on statements-0 only, and retention deleted sanctions-0 below 4
        Map<TopicPartition, Long> ends = Map.of(STATEMENTS_0, 120L, STATEMENTS_1, 80L, SANCTIONS_0, 10L);
        Map<TopicPartition, Long> starts = Map.of(STATEMENTS_0, 0L, STATEMENTS_1, 0L, SANCTIONS_0, 4L);

        Long lag = ConsumerLag.of(INPUTS, ends, starts, Map.of(STATEMENTS_0, 120L));

        // Then it reads the rest from where each partition starts
        assertThat(lag).isEqualTo(0L + 80L + 6L);
    }

    @Test
    void shouldCountFromTheFirstOffsetWhenRetentionDeletedPastTheCommit() {
        Map<TopicPartition, Long> ends = Map.of(STATEMENTS_0, 120L);

        Long lag = ConsumerLag.of(List.of(STATEMENTS_0), ends, Map.of(STATEMENTS_0, 100L), Map.of(STATEMENTS_0, 40L));

        assertThat(lag).isEqualTo(20L);
    }

    @Test
    void shouldNeitherGoNegativeNorCountTopicsNotCreatedYet() {
        // a commit past the end (the topic was re-created); sanctions not there at all
        Map<TopicPartition, Long> ends = Map.of(STATEMENTS_0, 5L, STATEMENTS_1, 9L);
        Map<TopicPartition, Long> committed = Map.of(STATEMENTS_0, 50L, STATEMENTS_1, 7L);

        assertThat(ConsumerLag.of(INPUTS, ends, Map.of(), committed)).isEqualTo(2L);
    }
}
