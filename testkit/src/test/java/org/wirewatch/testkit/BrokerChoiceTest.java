package org.wirewatch.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class BrokerChoiceTest {

    @Test
    void shouldReadChoicesInAnyCase() {
        assertThat(BrokerChoice.parse("embedded")).isEqualTo(BrokerChoice.EMBEDDED);
        assertThat(BrokerChoice.parse(" Testcontainers ")).isEqualTo(BrokerChoice.TESTCONTAINERS);
        assertThat(BrokerChoice.parse("AUTO")).isEqualTo(BrokerChoice.AUTO);
    }

    @Test
    void shouldNameTheValidChoicesWhenGivenAnUnknownOne() {
        assertThatThrownBy(() -> BrokerChoice.parse("docker"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("wirewatch.test.broker=docker")
                .hasMessageContaining("[auto, embedded, testcontainers]");
    }
}
