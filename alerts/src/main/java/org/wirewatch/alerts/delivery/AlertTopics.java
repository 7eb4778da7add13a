package org.wirewatch.alerts.delivery;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.kafka.common.serialization.Deserializer;
import org.wirewatch.model.Alert;
import org.wirewatch.model.topics.TopicSpec;
import org.wirewatch.model.topics.Topics;

/** The three alert topics webhooks carry, and how to read an alert off each. */
final class AlertTopics {

    static final List<TopicSpec<String, ? extends Alert>> ALL =
            List.of(Topics.STANCE_SHIFTS, Topics.NEW_TRANSFERS, Topics.SANCTION_ALERTS);

    private static final Map<String, Deserializer<? extends Alert>> READERS = ALL.stream()
            .collect(Collectors.toUnmodifiableMap(
                    TopicSpec::name, topic -> topic.valueSerde().deserializer()));

    private AlertTopics() {}

    static List<String> names() {
        return ALL.stream().map(TopicSpec::name).toList();
    }

    /**
     * @throws org.apache.kafka.common.errors.SerializationException when the bytes are not an
     *     alert of that topic
     * @throws IllegalArgumentException for a topic that carries no alerts
     */
    static Alert read(String topic, byte[] value) {
        Deserializer<? extends Alert> reader = READERS.get(topic);
        if (reader == null) {
            throw new IllegalArgumentException(topic + " is not an alert topic");
        }
        return reader.deserialize(topic, value);
    }
}
