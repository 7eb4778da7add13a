package org.wirewatch.alerts.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.wirewatch.alerts.delivery.DeliveryMetrics.Outcome;
import org.wirewatch.alerts.delivery.TestReceiver.Received;
import org.wirewatch.alerts.delivery.signature.SignatureVerifier;
import org.wirewatch.broker.KafkaBroker;
import org.wirewatch.model.ParkedDelivery;
import org.wirewatch.model.Severity;
import org.wirewatch.model.topics.TopicProvisioner;
import org.wirewatch.model.topics.TopicSpec;
import org.wirewatch.model.topics.Topics;
import org.wirewatch.testkit.KafkaBrokerExtension;
import org.wirewatch.testkit.TopicTail;

/**
 * Webhook delivery over a real broker to receivers on 127.0.0.1. The alert topics are shared with
 * other tests, so alert ids carry this test's token and only those are counted.
 */
@ExtendWith(KafkaBrokerExtension.class)
class WebhookDeliveryIT {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final String SECRET = "whsec-integration-test-0001";

    private final String token = UUID.randomUUID().toString().substring(0, 8);
    private final String bootstrapServers;
    private final TestReceiver receiver = new TestReceiver();
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final SignatureVerifier verifier = new SignatureVerifier(SECRET.getBytes(StandardCharsets.UTF_8));

    @TempDir
    Path folder;

    WebhookDeliveryIT(KafkaBroker broker) throws Exception {
        this.bootstrapServers = broker.bootstrapServers();
    }

    @BeforeAll
    static void createTopics(KafkaBroker broker) {
        TopicProvisioner.ensure(
                broker.bootstrapServers(),
                List.of(Topics.STANCE_SHIFTS, Topics.NEW_TRANSFERS, Topics.SANCTION_ALERTS, Topics.WEBHOOK_PARKED),
                Optional.of((short) 1));
    }

    @AfterEach
    void stopReceiver() {
        receiver.close();
    }

    @Test
    void shouldDeliverEveryWantedAlertSignedOnceTheReceiverIsBack() throws Exception {
        // Given a receiver answering 503, one subscription to everything and one to HIGH alerts on Iran
        receiver.answer(503);
        Path file = subscriptions(
                subscription("all-" + token, "/all", ""),
                subscription("iran-" + token, "/iran", ", \"states\": [\"IRN\"], \"minSeverity\": \"HIGH\""));
        String shift = id("shift"), shells = id("shells"), sanctions = id("sanctions"), minor = id("minor");

        try (WebhookDelivery delivery = new WebhookDelivery(settings(file, Duration.ofSeconds(1)), registry)) {
            delivery.start();

            // When alerts of all three topics are published while the receiver is down
            publish(
                    Topics.STANCE_SHIFTS,
                    TestAlerts.iranStopsDenying(shift, Severity.HIGH).key(),
                    TestAlerts.iranStopsDenying(shift, Severity.HIGH));
            publish(Topics.NEW_TRANSFERS, "PRK>RUS", TestAlerts.northKoreanShells(shells, Severity.HIGH));
            publish(Topics.SANCTION_ALERTS, "IRN", TestAlerts.usSanctionsIran(sanctions, Severity.HIGH));
            publish(
                    Topics.STANCE_SHIFTS,
                    TestAlerts.iranStopsDenying(minor, Severity.LOW).key(),
                    TestAlerts.iranStopsDenying(minor, Severity.LOW));
            await().atMost(WAIT).until(() -> parked("all-" + token) + parked("iran-" + token) >= 6);

            // ... and it comes back
            receiver.answer(200);

            // Then every alert arrives where it is wanted, each validly signed, and no parked one is left
            await().atMost(WAIT).untilAsserted(() -> {
                assertThat(receiver.idempotencyKeys("/all")).contains(shift, shells, sanctions, minor);
                assertThat(receiver.idempotencyKeys("/iran")).contains(shift, sanctions);
            });
            assertThat(receiver.idempotencyKeys("/iran")).doesNotContain(shells, minor);
            assertThat(delivered("/all"))
                    .allSatisfy(request -> assertThat(verifier.verify(request.signature(), request.body()))
                            .isEqualTo(SignatureVerifier.Verdict.VALID));
            assertThat(delivered("/iran"))
                    .allSatisfy(request -> assertThat(verifier.isValid(request.signature(), request.body()))
                            .isTrue());
            try (TopicTail<String, ParkedDelivery> parkedTopic =
                    new TopicTail<>(bootstrapServers, Topics.WEBHOOK_PARKED)) {
                await().atMost(WAIT)
                        .until(() -> parkedTopic.read(record -> record.key().contains(token)), this::allReleased);
            }
        }
    }

    @Test
    void shouldParkARefusedDeliveryWithItsReasonAndNotRetryItHot() throws Exception {
        // Given a receiver that answers 410 Gone, and parked retries an hour apart at most
        receiver.answer(410);
        String name = "gone-" + token;
        Path file = subscriptions(subscription(name, "/gone", ""));
        String alertId = id("refused");

        try (WebhookDelivery delivery = new WebhookDelivery(settings(file, Duration.ofHours(1)), registry);
                TopicTail<String, ParkedDelivery> parkedTopic =
                        new TopicTail<>(bootstrapServers, Topics.WEBHOOK_PARKED)) {
            delivery.start();

            // When an alert is published
            publish(Topics.SANCTION_ALERTS, "IRN", TestAlerts.usSanctionsIran(alertId, Severity.HIGH));

            // Then it is parked on the topic as refused, with the status as the reason
            ConsumerRecord<String, ParkedDelivery> parked = await().atMost(WAIT)
                    .until(
                            () -> parkedTopic.read(record -> record.key().equals(name + "/" + alertId)),
                            records -> !records.isEmpty())
                    .get(0);
            assertThat(parked.value().permanent()).isTrue();
            assertThat(parked.value().lastError()).startsWith("HTTP 410");
            assertThat(parked.value().alertTopic()).isEqualTo(Topics.SANCTION_ALERTS.name());

            // ... and the receiver was asked once, not again and again
            await().during(Duration.ofSeconds(2))
                    .atMost(Duration.ofSeconds(5))
                    .until(() -> receiver.idempotencyKeys("/gone").size() == 1);
            assertThat(registry.get(DeliveryMetrics.DELIVERIES)
                            .tag("subscription", name)
                            .tag("outcome", "failed_permanently")
                            .counter()
                            .count())
                    .isEqualTo(1);
        }
    }

    private WebhookSettings settings(Path file, Duration parkMax) {
        return new WebhookSettings(
                bootstrapServers,
                file,
                KafkaBrokerExtension.uniqueName("webhooks"),
                Duration.ofSeconds(1),
                Duration.ofSeconds(2),
                2,
                new Backoff(Duration.ofMillis(10), Duration.ofMillis(50)),
                new Backoff(Duration.ofMillis(200), parkMax),
                Duration.ofMillis(50),
                Duration.ofSeconds(10));
    }

    /** The latest record of each parked key is a tombstone: nothing of ours is left parked. */
    private boolean allReleased(List<ConsumerRecord<String, ParkedDelivery>> records) {
        Map<String, ParkedDelivery> latest = new java.util.HashMap<>();
        records.forEach(record -> latest.put(record.key(), record.value()));
        return !latest.isEmpty() && latest.values().stream().allMatch(java.util.Objects::isNull);
    }

    private double parked(String subscription) {
        return new DeliveryMetrics(registry).total(subscription, Outcome.PARKED);
    }

    private List<Received> delivered(String path) {
        return receiver.received().stream()
                .filter(request ->
                        request.path().equals(path) && request.idempotencyKey().contains(token))
                .toList();
    }

    private String id(String name) {
        return name + "-" + token;
    }

    private String subscription(String name, String path, String filters) {
        return "{\"name\": \"" + name + "\", \"url\": \"" + receiver.url(path) + "\", \"secret\": \"" + SECRET + "\""
                + filters + "}";
    }

    private Path subscriptions(String... entries) throws Exception {
        return Files.writeString(
                folder.resolve("webhooks.json"), "{\"subscriptions\": [" + String.join(",", entries) + "]}");
    }

    private <V> void publish(TopicSpec<String, V> topic, String key, V alert) throws Exception {
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(
                Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers, ProducerConfig.ACKS_CONFIG, "all"),
                new StringSerializer(),
                new ByteArraySerializer())) {
            byte[] value = topic.valueSerde().serializer().serialize(topic.name(), alert);
            producer.send(new ProducerRecord<>(topic.name(), key, value)).get();
        }
    }
}
