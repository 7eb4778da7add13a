package org.wirewatch.broker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Produced;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The single node must carry what the project's Streams apps need: transactions for exactly_once_v2. */
class ExactlyOnceStreamsIT {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @TempDir
    Path dataDir;

    @TempDir
    Path stateDir;

    @Test
    void shouldRunAnExactlyOnceStreamsApp() throws Exception {
        // Given
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(dataDir)) {
            createTopics(broker, "headlines", "shouted-headlines");

            // When
            try (KafkaStreams streams = new KafkaStreams(shoutingTopology(), streamsSettings(broker))) {
                streams.start();
                produce(broker, "headlines", "embargo lifted");

                // Then
                assertThat(readCommitted(broker, "shouted-headlines")).containsExactly("EMBARGO LIFTED");
            }
        }
    }

    private static Topology shoutingTopology() {
        StreamsBuilder builder = new StreamsBuilder();
        builder.stream("headlines", Consumed.with(Serdes.String(), Serdes.String()))
                .mapValues(value -> value.toUpperCase(Locale.ROOT))
                .to("shouted-headlines", Produced.with(Serdes.String(), Serdes.String()));
        return builder.build();
    }

    private Properties streamsSettings(KafkaBroker broker) {
        Properties settings = new Properties();
        settings.put(StreamsConfig.APPLICATION_ID_CONFIG, "shouter");
        settings.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
        settings.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        settings.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        return settings;
    }

    private static void createTopics(KafkaBroker broker, String... topics) throws Exception {
        try (Admin admin = Admin.create(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()))) {
            List<NewTopic> newTopics = new ArrayList<>();
            for (String topic : topics) {
                newTopics.add(new NewTopic(topic, 1, (short) 1));
            }
            admin.createTopics(newTopics).all().get(WAIT.toSeconds(), TimeUnit.SECONDS);
        }
    }

    private static void produce(KafkaBroker broker, String topic, String value) throws Exception {
        Map<String, Object> settings = Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(settings)) {
            producer.send(new ProducerRecord<>(topic, value)).get(WAIT.toSeconds(), TimeUnit.SECONDS);
        }
    }

    private static List<String> readCommitted(KafkaBroker broker, String topic) {
        Map<String, Object> settings = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                broker.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG,
                "shouted-reader",
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                "earliest",
                ConsumerConfig.ISOLATION_LEVEL_CONFIG,
                "read_committed",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG,
                StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG,
                StringDeserializer.class);
        List<String> values = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(settings)) {
            consumer.subscribe(Set.of(topic));
            await().atMost(WAIT).until(() -> {
                consumer.poll(Duration.ofMillis(100)).forEach(record -> values.add(record.value()));
                return !values.isEmpty();
            });
        }
        return values;
    }
}
