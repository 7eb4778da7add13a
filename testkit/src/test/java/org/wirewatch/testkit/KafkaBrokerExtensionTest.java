package org.wirewatch.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class KafkaBrokerExtensionTest {

    @Test
    void shouldMakeDifferentValidTopicNamesFromOnePrefix() {
        // When
        String first = KafkaBrokerExtension.uniqueName("stories");
        String second = KafkaBrokerExtension.uniqueName("stories");

        // Then
        assertThat(first).isNotEqualTo(second).startsWith("stories-").matches("[a-zA-Z0-9._-]+");
    }
}
