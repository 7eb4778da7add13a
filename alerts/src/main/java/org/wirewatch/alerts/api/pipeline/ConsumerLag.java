package org.wirewatch.alerts.api.pipeline;

import java.util.Collection;
import java.util.Map;
import org.apache.kafka.common.TopicPartition;

/**
 * How many records a consumer group has still to read: the sum over its input partitions of the
 * end offset minus the offset it committed.
 *
 * <p>A partition the group has not committed on yet counts from its first offset, and so does one
 * whose committed offset retention has deleted: that is where Kafka Streams ({@code
 * auto.offset.reset=earliest}) starts reading. On a topic written in transactions (statements and
 * mentions, by the exactly-once processor) the end offset also counts the last transaction's commit
 * marker, which the group never commits past: the lag reads up to one per partition high.
 */
final class ConsumerLag {

    private ConsumerLag() {}

    /**
     * @param inputs the group's input partitions; those missing from {@code ends} (their topic does
     *     not exist yet) are left out
     * @param ends end offset per partition
     * @param starts first offset per partition (0 when absent: nothing deleted)
     * @param committed the group's committed offset per partition
     * @return the lag, or null when the group has committed on none of its inputs: it has not
     *     started, and "0" would claim it is up to date
     */
    static Long of(
            Collection<TopicPartition> inputs,
            Map<TopicPartition, Long> ends,
            Map<TopicPartition, Long> starts,
            Map<TopicPartition, Long> committed) {
        if (inputs.stream().noneMatch(committed::containsKey)) {
            return null;
        }
        long lag = 0;
        for (TopicPartition partition : inputs) {
            Long end = ends.get(partition);
            if (end == null) {
                continue;
            }
            long start = starts.getOrDefault(partition, 0L);
            long readTo = Math.max(committed.getOrDefault(partition, start), start);
            // a committed offset past the end belongs to a deleted and re-created topic
            lag += Math.max(0, end - readTo);
        }
        return lag;
    }
}
