package org.wirewatch.model.topics;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TopicsTest {

    @Test
    void shouldNameEveryTopicOnce() {
        // Given every topic wirewatch creates
        List<String> names = Topics.all().stream().map(TopicSpec::name).toList();

        // Then no two share a name
        assertThat(names).isNotEmpty().doesNotHaveDuplicates();
    }

    @Test
    void shouldCoPartitionStatementsAndStanceShiftAlerts() {
        // Given the two topics keyed by state and line
        TopicSpec<String, ?> statements = Topics.STATEMENTS;
        TopicSpec<String, ?> alerts = Topics.STANCE_SHIFTS;

        // Then they have the same number of partitions, so one key lands on the same partition of both
        assertThat(alerts.partitions()).isEqualTo(statements.partitions()).isPositive();
    }

    @Test
    void shouldDeclareEveryTopicInAll() throws IllegalAccessException {
        // Given every topic declared as a constant
        List<TopicSpec<?, ?>> declared = new ArrayList<>();
        for (Field field : Topics.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == TopicSpec.class) {
                declared.add((TopicSpec<?, ?>) field.get(null));
            }
        }

        // Then all() returns each of them, so start-up creates them
        assertThat(declared).hasSizeGreaterThan(10);
        assertThat(Topics.all()).containsExactlyInAnyOrderElementsOf(declared);
    }
}
