package org.wirewatch.alerts.delivery.signature;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signature wirewatch puts on every webhook, as Stripe and Standard Webhooks do: HMAC-SHA256
 * with the subscription's secret over {@code "<t>.<body>"}, where {@code t} is the time of
 * sending in Unix seconds and {@code body} the exact bytes posted. Sent as
 *
 * <pre>{@code Wirewatch-Signature: t=1666000000,v1=73f80c3b…}</pre>
 *
 * Signing the time with the body lets a receiver reject a captured request replayed later ({@link
 * SignatureVerifier}); {@code v1} names the scheme, so another can be added beside it.
 */
public final class WebhookSignature {

    public static final String HEADER = "Wirewatch-Signature";
    public static final String IDEMPOTENCY_KEY_HEADER = "Idempotency-Key";
    public static final String ALERT_TYPE_HEADER = "Wirewatch-Alert-Type";

    static final String SCHEME = "v1";
    private static final String ALGORITHM = "HmacSHA256";

    private WebhookSignature() {}

    /** The {@value #HEADER} header value for {@code body} sent at {@code time}. */
    public static String header(byte[] secret, Instant time, byte[] body) {
        long seconds = time.getEpochSecond();
        return "t=" + seconds + "," + SCHEME + "=" + HexFormat.of().formatHex(hmac(secret, seconds, body));
    }

    /** HMAC-SHA256(secret, "<seconds>.<body>"). */
    static byte[] hmac(byte[] secret, long seconds, byte[] body) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(secret, ALGORITHM));
            mac.update((seconds + ".").getBytes(StandardCharsets.US_ASCII));
            return mac.doFinal(body);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            // Every JDK ships HmacSHA256, and an HMAC takes a key of any length.
            throw new IllegalStateException("cannot compute " + ALGORITHM, e);
        }
    }
}
