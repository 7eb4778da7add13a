package org.wirewatch.alerts.delivery.signature;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.wirewatch.alerts.delivery.signature.SignatureVerifier.Verdict;

class WebhookSignatureTest {

    private static final byte[] SECRET = "whsec-test-0123456789abcdef".getBytes(StandardCharsets.UTF_8);
    private static final byte[] BODY = "{\"alertId\":\"a-1\",\"severity\":\"HIGH\"}".getBytes(StandardCharsets.UTF_8);
    private static final Instant SENT = Instant.ofEpochSecond(1_666_000_000L);

    /**
     * Computed once, outside Java: {@code printf '%s' '1666000000.{"alertId":"a-1","severity":"HIGH"}'
     * | openssl dgst -sha256 -hmac 'whsec-test-0123456789abcdef'}.
     */
    private static final String OPENSSL_HMAC = "73f80c3b961bf4825a5ad676fda6a5fe1c52e2146e06131099fc07d77299b85b";

    @Test
    void shouldSignTimestampDotBodyWithHmacSha256AsOpensslDoes() {
        // When the body is signed at the known time
        String header = WebhookSignature.header(SECRET, SENT.plusMillis(999), BODY);

        // Then the header carries the Unix seconds and the HMAC openssl computed
        assertThat(header).isEqualTo("t=1666000000,v1=" + OPENSSL_HMAC);
    }

    @Test
    void shouldAcceptItsOwnSignatureWithinTheTolerance() {
        String header = WebhookSignature.header(SECRET, SENT, BODY);

        assertThat(verifierAt(SENT.plus(Duration.ofMinutes(4))).verify(header, BODY))
                .isEqualTo(Verdict.VALID);
    }

    @Test
    void shouldRejectATamperedBody() {
        // Given a signed body changed by one character in transit
        String header = WebhookSignature.header(SECRET, SENT, BODY);
        byte[] tampered =
                new String(BODY, StandardCharsets.UTF_8).replace("HIGH", "LOW!").getBytes(StandardCharsets.UTF_8);

        // Then the receiver rejects it
        assertThat(verifierAt(SENT).verify(header, tampered)).isEqualTo(Verdict.BAD_SIGNATURE);
    }

    @Test
    void shouldRejectAChangedTimestampAndAnotherSecret() {
        String header = WebhookSignature.header(SECRET, SENT, BODY);
        String replayedLater = header.replace("t=1666000000", "t=1666000600");
        SignatureVerifier otherSecret = new SignatureVerifier(
                "another-secret-0123456".getBytes(StandardCharsets.UTF_8),
                SignatureVerifier.DEFAULT_TOLERANCE,
                Clock.fixed(SENT, ZoneOffset.UTC));

        assertThat(verifierAt(SENT.plusSeconds(600)).verify(replayedLater, BODY))
                .isEqualTo(Verdict.BAD_SIGNATURE);
        assertThat(otherSecret.verify(header, BODY)).isEqualTo(Verdict.BAD_SIGNATURE);
    }

    @Test
    void shouldRejectATimestampOlderThanTheTolerance() {
        // Given a request signed six minutes before the receiver reads it (a replay, or a stale retry)
        String header = WebhookSignature.header(SECRET, SENT, BODY);

        // Then it is refused though the signature is right
        assertThat(verifierAt(SENT.plus(Duration.ofMinutes(6))).verify(header, BODY))
                .isEqualTo(Verdict.OUTSIDE_TOLERANCE);
    }

    @Test
    void shouldRejectAMissingOrMalformedHeader() {
        SignatureVerifier verifier = verifierAt(SENT);

        assertThat(verifier.verify(null, BODY)).isEqualTo(Verdict.MALFORMED);
        assertThat(verifier.verify("t=1666000000", BODY)).isEqualTo(Verdict.MALFORMED);
        assertThat(verifier.verify("t=soon,v1=" + OPENSSL_HMAC, BODY)).isEqualTo(Verdict.MALFORMED);
        assertThat(verifier.verify("t=1666000000,v1=xyz", BODY)).isEqualTo(Verdict.MALFORMED);
    }

    private static SignatureVerifier verifierAt(Instant now) {
        return new SignatureVerifier(SECRET, SignatureVerifier.DEFAULT_TOLERANCE, Clock.fixed(now, ZoneOffset.UTC));
    }
}
