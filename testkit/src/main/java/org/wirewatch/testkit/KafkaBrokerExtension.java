package org.wirewatch.testkit;

import java.util.UUID;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.wirewatch.broker.KafkaBroker;

/**
 * Gives tests a real Kafka broker: declare {@code @ExtendWith(KafkaBrokerExtension.class)} and
 * take a {@link KafkaBroker} parameter in a constructor, test or lifecycle method.
 *
 * <p>One broker serves the whole test JVM. It starts when first asked for and stops when the
 * test run ends; it lives in JUnit's root store, which closes it. It is a Testcontainers broker
 * when a Docker engine answers, else an embedded one on a fresh temporary data dir;
 * {@code -Dwirewatch.test.broker=auto|embedded|testcontainers} overrides the choice.
 *
 * <p>Tests share the broker, so each uses its own topics and group/application ids, made with
 * {@link #uniqueName(String)}. Topics are never created automatically.
 */
public final class KafkaBrokerExtension implements ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(KafkaBrokerExtension.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == KafkaBroker.class;
    }

    @Override
    public KafkaBroker resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return sharedBroker(context);
    }

    /**
     * {@code prefix} followed by a random suffix, e.g. {@code stories-3f9c2a1b}: a topic name,
     * group id or Streams application id that no other test uses. {@code prefix} should only
     * hold letters, digits, '.', '_' and '-', as topic names allow no more.
     */
    public static String uniqueName(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /**
     * A broker of the same kind as the shared one, for a test whose topics must hold nothing but its
     * own records (wirewatch's topic names are fixed). The caller closes it.
     */
    public static KafkaBroker privateBroker() {
        return TestBrokers.start(BrokerChoice.fromSystemProperty());
    }

    /** JUnit closes AutoCloseable values of the root store when the whole test run ends. */
    private static KafkaBroker sharedBroker(ExtensionContext context) {
        return context.getRoot()
                .getStore(NAMESPACE)
                .getOrComputeIfAbsent(
                        KafkaBroker.class,
                        key -> TestBrokers.start(BrokerChoice.fromSystemProperty()),
                        KafkaBroker.class);
    }
}
