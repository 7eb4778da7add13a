package org.wirewatch.model.topics;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.errors.TopicExistsException;

/**
 * Creates wirewatch's topics at start-up if they are absent. Idempotent: a topic that exists is
 * left as it is (its settings are the operator's from then on), so every service may call it.
 */
public final class TopicProvisioner {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private TopicProvisioner() {}

    /**
     * @param replicationFactor empty to use the cluster's default
     * @return the names of the topics this call created
     */
    public static List<String> ensure(
            String bootstrapServers, Collection<TopicSpec<?, ?>> topics, Optional<Short> replicationFactor) {
        Map<String, Object> config = Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrapServers,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG,
                (int) TIMEOUT.toMillis());
        try (Admin admin = Admin.create(config)) {
            Map<String, KafkaFuture<Void>> results = admin.createTopics(topics.stream()
                            .map(topic -> topic.newTopic(replicationFactor))
                            .toList())
                    .values();
            List<String> created = new ArrayList<>();
            for (var result : results.entrySet()) {
                if (await(result.getValue(), result.getKey())) {
                    created.add(result.getKey());
                }
            }
            return created;
        }
    }

    private static boolean await(KafkaFuture<Void> creation, String topic) {
        try {
            creation.get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof TopicExistsException) {
                return false;
            }
            throw new IllegalStateException(
                    "cannot create topic " + topic + ": " + e.getCause().getMessage(), e);
        } catch (TimeoutException e) {
            throw new IllegalStateException("Kafka did not answer within " + TIMEOUT + " creating " + topic, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating " + topic, e);
        }
    }
}
