package org.wirewatch.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.wirewatch.broker.KafkaBroker;

@ExtendWith({KafkaBrokerExtension.class, BrokersSeen.Resolver.class})
class KafkaBrokerExtensionIT {

    private final KafkaBroker constructorBroker;

    KafkaBrokerExtensionIT(KafkaBroker broker) {
        this.constructorBroker = broker;
    }

    @BeforeAll
    static void seeBrokerOfLifecycleMethods(KafkaBroker broker, BrokersSeen seen) {
        seen.see(broker);
    }

    @Test
    void shouldGiveAWorkingBroker(KafkaBroker broker) throws Exception {
        // When
        String received = RoundTrip.sendAndReceive(broker, "Embargo lifted");

        // Then
        assertThat(received).isEqualTo("Embargo lifted");
    }

    @Test
    void shouldGiveConstructorAndTestsTheSameBroker(KafkaBroker broker) {
        assertThat(broker).isSameAs(constructorBroker);
    }

    @Test
    void shouldShareOneBrokerAcrossLifecycleMethodsAndTestClasses(KafkaBroker broker, BrokersSeen seen) {
        // When
        var brokers = seen.see(broker);

        // Then this class's @BeforeAll and any class that ran earlier saw this same instance
        assertThat(brokers).containsExactly(broker);
    }
}
