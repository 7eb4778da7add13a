package org.wirewatch.streams;

import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Produced;
import org.wirewatch.model.topics.TopicSpec;

/** Streams' view of a declared topic, so no call site repeats a topic's serdes. */
public final class TopicSerdes {

    private TopicSerdes() {}

    public static <K, V> Consumed<K, V> consumed(TopicSpec<K, V> topic, String name) {
        return Consumed.with(topic.keySerde(), topic.valueSerde()).withName(name);
    }

    public static <K, V> Produced<K, V> produced(TopicSpec<K, V> topic, String name) {
        return Produced.with(topic.keySerde(), topic.valueSerde()).withName(name);
    }
}
