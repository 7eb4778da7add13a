package org.wirewatch.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.wirewatch.broker.KafkaBroker;

/** A second test class, to show that classes share one broker and do not get in each other's way. */
@ExtendWith({KafkaBrokerExtension.class, BrokersSeen.Resolver.class})
class SharedBrokerIT {

    @Test
    void shouldGiveAnotherTestClassAWorkingBroker(KafkaBroker broker) throws Exception {
        // When
        String received = RoundTrip.sendAndReceive(broker, "Sanctions extended");

        // Then
        assertThat(received).isEqualTo("Sanctions extended");
    }

    @Test
    void shouldShareTheBrokerOfEarlierTestClasses(KafkaBroker broker, BrokersSeen seen) {
        assertThat(seen.see(broker)).containsExactly(broker);
    }
}
