package org.wirewatch.testkit;

import org.testcontainers.kafka.KafkaContainer;
import org.wirewatch.broker.KafkaBroker;

/** A single-node Apache Kafka in a Docker container, set up like the embedded broker. */
final class ContainerBroker implements KafkaBroker {

    /** An official image that Testcontainers' KafkaContainer runs in KRaft mode; not tried on a machine without Docker. */
    static final String IMAGE = "apache/kafka:4.1.0";

    private final KafkaContainer container;

    private ContainerBroker(KafkaContainer container) {
        this.container = container;
    }

    static ContainerBroker start() {
        // KafkaContainer already sets one replica for internal topics (transactions included) and no
        // initial rebalance delay; like the embedded broker, topics must be created explicitly.
        KafkaContainer container = new KafkaContainer(IMAGE).withEnv("KAFKA_AUTO_CREATE_TOPICS_ENABLE", "false");
        container.start();
        return new ContainerBroker(container);
    }

    @Override
    public String bootstrapServers() {
        return container.getBootstrapServers();
    }

    @Override
    public void close() {
        container.stop();
    }

    @Override
    public String toString() {
        return "ContainerBroker[" + IMAGE + ", " + bootstrapServers() + "]";
    }
}
