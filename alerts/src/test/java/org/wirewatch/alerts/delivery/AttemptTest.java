package org.wirewatch.alerts.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.wirewatch.alerts.delivery.Attempt.Result;

class AttemptTest {

    @ParameterizedTest(name = "HTTP {0} -> {1}")
    @CsvSource({
        "200, DELIVERED",
        "202, DELIVERED",
        "204, DELIVERED",
        "301, REFUSED",
        "302, REFUSED",
        "307, REFUSED",
        "400, REFUSED",
        "401, REFUSED",
        "404, REFUSED",
        "410, REFUSED",
        "422, REFUSED",
        "408, RETRYABLE",
        "429, RETRYABLE",
        "500, RETRYABLE",
        "502, RETRYABLE",
        "503, RETRYABLE",
        "504, RETRYABLE"
    })
    void shouldClassifyStatusAsDeliveredRetryableOrRefused(int status, Result expected) {
        Attempt attempt = Attempt.ofStatus(status);

        assertThat(attempt.result()).isEqualTo(expected);
        assertThat(attempt.detail()).startsWith("HTTP " + status);
    }
}
