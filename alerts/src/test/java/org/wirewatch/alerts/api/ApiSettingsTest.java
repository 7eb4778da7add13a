package org.wirewatch.alerts.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ApiSettingsTest {

    private static final String TOKEN = "0123456789abcdef-token";

    @Test
    void shouldRefuseToServeWithoutATokenBeyondLoopback() {
        assertThatThrownBy(() -> ApiSettings.of("0.0.0.0", 8080, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("without a token")
                .hasMessageContaining("127.0.0.1");
    }

    @Test
    void shouldServeWithoutATokenOnLoopbackAndSaySoInTheBanner() {
        ApiSettings settings = ApiSettings.of("127.0.0.1", 0, null);

        assertThat(settings.requiresToken()).isFalse();
        assertThat(settings.banner("127.0.0.1:8080"))
                .contains("WITHOUT a token")
                .contains("loopback only");
    }

    @Test
    void shouldRejectAShortTokenAndHideTheTokenInToString() {
        assertThatThrownBy(() -> ApiSettings.of("0.0.0.0", 8080, "short")).hasMessageContaining("too short");
        assertThat(ApiSettings.of("0.0.0.0", 8080, TOKEN).toString()).doesNotContain(TOKEN);
    }
}
