package org.wirewatch.alerts.delivery.subscription;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A subscription's signing secret. It never prints: {@link #toString()} hides it, so a
 * subscription or settings record may be logged whole.
 */
public final class Secret {

    private final byte[] bytes;

    private Secret(byte[] bytes) {
        this.bytes = bytes;
    }

    public static Secret of(String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("a secret must not be empty");
        }
        return new Secret(value.getBytes(StandardCharsets.UTF_8));
    }

    /** A copy: the HMAC key. */
    public byte[] bytes() {
        return bytes.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Secret secret && Arrays.equals(bytes, secret.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "<hidden>";
    }
}
