package org.wirewatch.testkit;

import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;
import org.wirewatch.broker.KafkaBroker;

/** Starts the broker that a {@link BrokerChoice} asks for. */
final class TestBrokers {

    private static final Logger LOG = LoggerFactory.getLogger(TestBrokers.class);

    private TestBrokers() {}

    static KafkaBroker start(BrokerChoice choice) {
        boolean inContainer =
                switch (choice) {
                    case TESTCONTAINERS -> true;
                    case EMBEDDED -> false;
                    case AUTO -> dockerAnswers();
                };
        KafkaBroker broker = inContainer ? ContainerBroker.start() : TemporaryEmbeddedBroker.start();
        LOG.info(
                "Integration tests share {} (-D{}={})",
                broker,
                BrokerChoice.PROPERTY,
                choice.name().toLowerCase(Locale.ROOT));
        return broker;
    }

    private static boolean dockerAnswers() {
        long startNanos = System.nanoTime();
        boolean hinted = DockerHints.ofThisMachine().anyPresent();
        boolean answers = hinted && DockerClientFactory.instance().isDockerAvailable();
        LOG.info(
                "{}: using {} (probed in {} ms)",
                answers
                        ? "Docker engine answers"
                        : hinted ? "Docker engine does not answer" : "No sign of a Docker engine",
                answers ? "Testcontainers" : "the embedded broker",
                (System.nanoTime() - startNanos) / 1_000_000);
        return answers;
    }
}
