package org.wirewatch.broker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedKafkaBrokerIT {

    private static final String TOPIC = "stories";
    private static final String GROUP = "story-readers";
    private static final Duration WAIT = Duration.ofSeconds(30);

    @TempDir
    Path dataDir;

    @Test
    void shouldServeProducersAndConsumersOnANewDataDir() throws Exception {
        // Given
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(dataDir)) {
            createTopic(broker, TOPIC);

            // When
            produce(broker, TOPIC, "story-1", "Parliament debates export ban");

            // Then
            assertThat(broker.bootstrapServers()).startsWith("127.0.0.1:");
            assertThat(consumeAndCommit(broker, TOPIC, GROUP, 1))
                    .extracting(ConsumerRecord::key, ConsumerRecord::value)
                    .containsExactly(tuple("story-1", "Parliament debates export ban"));
        }
    }

    @Test
    void shouldKeepRecordsAcrossRestartOnSameDataDir() throws Exception {
        // Given a topic with one record that a group has read and committed
        String firstAddress;
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(dataDir)) {
            firstAddress = broker.bootstrapServers();
            createTopic(broker, TOPIC);
            produce(broker, TOPIC, "story-1", "Minister signs arms deal");
            consumeAndCommit(broker, TOPIC, GROUP, 1);
        }

        // When
        try (EmbeddedKafkaBroker restarted = EmbeddedKafkaBroker.start(dataDir)) {

            // Then
            assertThat(restarted.bootstrapServers()).isEqualTo(firstAddress);
            assertThat(consumeAndCommit(restarted, TOPIC, "fresh-readers", 1))
                    .extracting(ConsumerRecord::value)
                    .containsExactly("Minister signs arms deal");
            assertThat(committedOffset(restarted, GROUP, new TopicPartition(TOPIC, 0)))
                    .isEqualTo(1L);
        }
    }

    @Test
    void shouldListenOnTheClientPortItIsGiven() throws IOException {
        // Given
        int port = freePort();

        // When
        try (EmbeddedKafkaBroker broker =
                EmbeddedKafkaBroker.start(EmbeddedBrokerOptions.in(dataDir).withClientPort(port))) {

            // Then
            assertThat(broker.bootstrapServers()).isEqualTo("127.0.0.1:" + port);
        }
    }

    @Test
    void shouldRefuseToRestartWhenItsControllerPortIsTaken() throws IOException {
        // Given a data dir whose controller port another program now holds
        EmbeddedKafkaBroker.start(dataDir).close();
        int controllerPort = BrokerPorts.load(dataDir).orElseThrow().controller();
        try (ServerSocket squatter = new ServerSocket()) {
            squatter.bind(new InetSocketAddress("127.0.0.1", controllerPort));

            // When / Then
            assertThatThrownBy(() -> EmbeddedKafkaBroker.start(dataDir))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("controller port 127.0.0.1:" + controllerPort + " is in use");
        }
    }

    @Test
    void shouldStopWhatItStartedWhenTheBrokerDoesNotAnswerInTime() {
        // Given
        EmbeddedBrokerOptions impatient = EmbeddedBrokerOptions.in(dataDir).withStartTimeout(Duration.ofMillis(1));

        // When
        assertThatThrownBy(() -> EmbeddedKafkaBroker.start(impatient))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("did not start")
                .hasMessageContaining("did not answer clients within");

        // Then its ports and the data dir's lock are free again
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(dataDir)) {
            assertThat(broker.bootstrapServers()).startsWith("127.0.0.1:");
        }
    }

    @Test
    void shouldIgnoreASecondClose() {
        // Given
        EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(dataDir);

        // When
        broker.close();
        broker.close();

        // Then the data dir is free for a new broker
        try (EmbeddedKafkaBroker restarted = EmbeddedKafkaBroker.start(dataDir)) {
            assertThat(restarted.bootstrapServers()).isEqualTo(broker.bootstrapServers());
        }
    }

    private static void createTopic(KafkaBroker broker, String topic) throws Exception {
        try (Admin admin = Admin.create(clientSettings(broker))) {
            admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1)))
                    .all()
                    .get(WAIT.toSeconds(), TimeUnit.SECONDS);
        }
    }

    private static void produce(KafkaBroker broker, String topic, String key, String value) throws Exception {
        Map<String, Object> settings = clientSettings(broker);
        settings.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        settings.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(settings)) {
            producer.send(new ProducerRecord<>(topic, key, value)).get(WAIT.toSeconds(), TimeUnit.SECONDS);
        }
    }

    /** Reads {@code count} records from the start of {@code topic} and commits them for {@code group}. */
    private static List<ConsumerRecord<String, String>> consumeAndCommit(
            KafkaBroker broker, String topic, String group, int count) {
        Map<String, Object> settings = clientSettings(broker);
        settings.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        settings.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        settings.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        settings.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        settings.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(settings)) {
            consumer.subscribe(Set.of(topic));
            await().atMost(WAIT).until(() -> {
                consumer.poll(Duration.ofMillis(100)).forEach(records::add);
                return records.size() >= count;
            });
            consumer.commitSync();
        }
        return records;
    }

    private static long committedOffset(KafkaBroker broker, String group, TopicPartition partition)
            throws InterruptedException, ExecutionException {
        try (Admin admin = Admin.create(clientSettings(broker))) {
            Map<TopicPartition, OffsetAndMetadata> offsets = admin.listConsumerGroupOffsets(group)
                    .partitionsToOffsetAndMetadata()
                    .get();
            return offsets.get(partition).offset();
        }
    }

    private static Map<String, Object> clientSettings(KafkaBroker broker) {
        return new HashMap<>(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 0, InetAddress.getByName("127.0.0.1"))) {
            return socket.getLocalPort();
        }
    }
}
