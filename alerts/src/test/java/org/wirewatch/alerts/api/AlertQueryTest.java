package org.wirewatch.alerts.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.wirewatch.model.Severity;
import org.wirewatch.model.TopicKind;

class AlertQueryTest {

    @Test
    void shouldReadEveryFilter() {
        AlertQuery query = AlertQuery.parse(Map.of(
                "state", List.of("irn,RUS"),
                "kind", List.of("ARMS_TRANSFER"),
                "type", List.of("alerts.stance-shifts"),
                "severity", List.of("high"),
                "since", List.of("2022-07-20T08:00:00Z"),
                "limit", List.of("20")));

        assertThat(query.filter().states()).containsExactlyInAnyOrder("IRN", "RUS");
        assertThat(query.filter().kinds()).containsExactly(TopicKind.ARMS_TRANSFER);
        assertThat(query.filter().types()).containsExactly("alerts.stance-shifts");
        assertThat(query.filter().minSeverity()).isEqualTo(Severity.HIGH);
        assertThat(query.filter().since()).isEqualTo(Instant.parse("2022-07-20T08:00:00Z"));
        assertThat(query.limit()).isEqualTo(20);
    }

    @Test
    void shouldDefaultToEverythingAndFiftyAlerts() {
        AlertQuery query = AlertQuery.parse(Map.of());

        assertThat(query.filter().states()).isEmpty();
        assertThat(query.limit()).isEqualTo(AlertQuery.DEFAULT_LIMIT);
    }

    @Test
    void shouldRejectMalformedParametersWithTheParameterNamed() {
        assertThatThrownBy(() -> parse("severity", "TERRIBLE"))
                .isInstanceOf(BadQuery.class)
                .hasMessageContaining("severity");
        assertThatThrownBy(() -> parse("kind", "WEATHER"))
                .isInstanceOf(BadQuery.class)
                .hasMessageContaining("kind");
        assertThatThrownBy(() -> parse("type", "stories.raw"))
                .isInstanceOf(BadQuery.class)
                .hasMessageContaining("type");
        assertThatThrownBy(() -> parse("since", "yesterday"))
                .isInstanceOf(BadQuery.class)
                .hasMessageContaining("since");
        assertThatThrownBy(() -> parse("limit", "0"))
                .isInstanceOf(BadQuery.class)
                .hasMessageContaining("limit");
        assertThatThrownBy(() -> parse("limit", "501")).isInstanceOf(BadQuery.class);
        assertThatThrownBy(() -> parse("state", "iran!"))
                .isInstanceOf(BadQuery.class)
                .hasMessageContaining("state");
    }

    private static AlertQuery parse(String name, String value) {
        return AlertQuery.parse(Map.of(name, List.of(value)));
    }
}
