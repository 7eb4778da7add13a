package org.wirewatch.model.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AccessGateTest {

    private static final String TOKEN = "0123456789abcdef-token";

    @Test
    void shouldAdmitTheBearerTokenOrTheCookie() {
        AccessGate gate = new AccessGate(TOKEN);

        assertThat(gate.admits("/api/alerts", "Bearer " + TOKEN, null)).isTrue();
        assertThat(gate.admits("/api/alerts/stream", null, TOKEN)).isTrue();
    }

    @Test
    void shouldRefuseAWrongOrMissingToken() {
        AccessGate gate = new AccessGate(TOKEN);

        assertThat(gate.admits("/api/alerts", null, null)).isFalse();
        assertThat(gate.admits("/api/alerts", "Bearer " + TOKEN + "x", null)).isFalse();
        assertThat(gate.admits("/api/alerts", "Basic " + TOKEN, null)).isFalse();
        assertThat(gate.admits("/", null, "nope")).isFalse();
    }

    @Test
    void shouldLeaveHealthAndLoginOpen() {
        AccessGate gate = new AccessGate(TOKEN);

        assertThat(gate.admits("/health", null, null)).isTrue();
        assertThat(gate.admits("/login", null, null)).isTrue();
    }

    @Test
    void shouldAdmitEverythingWhenNoTokenIsConfigured() {
        assertThat(new AccessGate(null).admits("/api/alerts", null, null)).isTrue();
    }

    @Test
    void shouldRefuseToServeWithoutATokenBeyondLoopback() {
        assertThatThrownBy(() -> AccessGate.tokenFor("the story receiver", "0.0.0.0", " "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("the story receiver")
                .hasMessageContaining("without a token")
                .hasMessageContaining("127.0.0.1");
    }

    @Test
    void shouldServeWithoutATokenOnLoopback() {
        assertThat(AccessGate.tokenFor("the story receiver", "127.0.0.1", "")).isNull();
    }

    @Test
    void shouldRejectAShortToken() {
        assertThatThrownBy(() -> AccessGate.tokenFor("the story receiver", "127.0.0.1", "short"))
                .hasMessageContaining("too short");
        assertThat(AccessGate.tokenFor("the story receiver", "0.0.0.0", TOKEN)).isEqualTo(TOKEN);
    }
}
