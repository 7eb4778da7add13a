package org.wirewatch.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.wirewatch.app.Wirewatch;
import org.wirewatch.broker.KafkaBroker;
import org.wirewatch.model.FeedState;
import org.wirewatch.model.topics.TopicProvisioner;
import org.wirewatch.model.topics.Topics;
import org.wirewatch.testkit.KafkaBrokerExtension;
import picocli.CommandLine;

@ExtendWith(KafkaBrokerExtension.class)
class FeedsCommandIT {

    @Test
    void shouldPrintTheLatestStateOfEachFeedFromTheTopic(KafkaBroker broker) throws Exception {
        // Given two states of one feed on feeds.state, the second after a failure
        String feed = "harbour-" + UUID.randomUUID().toString().substring(0, 8);
        TopicProvisioner.ensure(broker.bootstrapServers(), List.of(Topics.FEED_STATE), Optional.of((short) 1));
        FeedState read = FeedState.initial("https://news.example.org/world.rss")
                .afterFetch(Instant.parse("2022-10-17T09:00:00Z"), null, null, List.of("hw-1"), 1, 0, 0);
        FeedState failed = read.afterFailure(Instant.parse("2022-10-17T09:05:00Z"), "answered HTTP 503", 1);
        try (KafkaProducer<String, FeedState> producer = new KafkaProducer<>(
                Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()),
                Topics.FEED_STATE.keySerde().serializer(),
                Topics.FEED_STATE.valueSerde().serializer())) {
            producer.send(new ProducerRecord<>(Topics.FEED_STATE.name(), feed, read));
            producer.send(new ProducerRecord<>(Topics.FEED_STATE.name(), feed, failed))
                    .get();
        }

        // When `wirewatch feeds` runs
        StringWriter out = new StringWriter();
        int exit = new CommandLine(new Wirewatch())
                .setOut(new PrintWriter(out))
                .execute("feeds", "--bootstrap-servers", broker.bootstrapServers());

        // Then it prints the feed's latest state on one line
        assertThat(exit).isZero();
        assertThat(out.toString().lines().filter(line -> line.startsWith(feed + " ")))
                .singleElement()
                .satisfies(line -> assertThat(line)
                        .contains("https://news.example.org/world.rss", "2022-10-17T09:05:00Z", "answered HTTP 503"));
        assertThat(out.toString()).startsWith("NAME ");
    }
}
