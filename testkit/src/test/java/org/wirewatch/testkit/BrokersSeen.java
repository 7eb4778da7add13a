package org.wirewatch.testkit;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.wirewatch.broker.KafkaBroker;

/**
 * The broker instances that test classes of this JVM were given, kept in JUnit's root store so
 * that a later test class can tell whether it got the same one as the classes before it.
 */
final class BrokersSeen {

    private final Set<KafkaBroker> brokers =
            Collections.synchronizedSet(Collections.newSetFromMap(new IdentityHashMap<>()));

    /** Records {@code broker} and returns every broker seen so far, by identity. */
    Set<KafkaBroker> see(KafkaBroker broker) {
        brokers.add(broker);
        synchronized (brokers) {
            return Set.copyOf(brokers);
        }
    }

    /** Injects the JVM-wide {@link BrokersSeen}. */
    static final class Resolver implements ParameterResolver {

        @Override
        public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
            return parameter.getParameter().getType() == BrokersSeen.class;
        }

        @Override
        public BrokersSeen resolveParameter(ParameterContext parameter, ExtensionContext context) {
            return context.getRoot()
                    .getStore(ExtensionContext.Namespace.create(BrokersSeen.class))
                    .getOrComputeIfAbsent(BrokersSeen.class);
        }
    }
}
