package org.wirewatch.alerts.api.stream;

import org.apache.kafka.common.TopicPartition;
import org.wirewatch.alerts.query.AlertEntry;

/**
 * One alert as read from its topic.
 *
 * @param json the record's value exactly as published, sent as the SSE event's data
 */
public record TailedAlert(TopicPartition partition, long offset, AlertEntry entry, String json) {

    /** The alert topic, sent as the SSE event name. */
    public String type() {
        return partition.topic();
    }
}
