package org.wirewatch.alerts.delivery.signature;

import static java.util.Objects.requireNonNull;

import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;

/**
 * What a receiver runs on each webhook: checks the {@value WebhookSignature#HEADER} header
 * against the raw body it received, in constant time, and refuses a timestamp further than the
 * tolerance from its own clock, so a captured request cannot be replayed later. Receivers should
 * also drop an {@code Idempotency-Key} they have already processed: wirewatch may deliver an
 * alert more than once, never less.
 */
public final class SignatureVerifier {

    public static final Duration DEFAULT_TOLERANCE = Duration.ofMinutes(5);

    /** Why a request passed or failed. */
    public enum Verdict {
        VALID,
        /** No header, or not of the form {@code t=<seconds>,v1=<hex>}. */
        MALFORMED,
        /** The HMAC does not match: another secret, or the body or time was changed. */
        BAD_SIGNATURE,
        /** The timestamp is further from now than the tolerance: possibly a replay. */
        OUTSIDE_TOLERANCE
    }

    private final byte[] secret;
    private final Duration tolerance;
    private final Clock clock;

    public SignatureVerifier(byte[] secret, Duration tolerance, Clock clock) {
        this.secret = requireNonNull(secret, "secret").clone();
        this.tolerance = requireNonNull(tolerance, "tolerance");
        this.clock = requireNonNull(clock, "clock");
        if (tolerance.isNegative()) {
            throw new IllegalArgumentException("tolerance must not be negative, was " + tolerance);
        }
    }

    /** With the default tolerance of five minutes and the system clock. */
    public SignatureVerifier(byte[] secret) {
        this(secret, DEFAULT_TOLERANCE, Clock.systemUTC());
    }

    /**
     * @param header the {@value WebhookSignature#HEADER} value, or null when absent
     * @param body the request body exactly as received, before any parsing
     */
    public Verdict verify(String header, byte[] body) {
        Optional<Signed> signed = Signed.parse(header);
        if (signed.isEmpty()) {
            return Verdict.MALFORMED;
        }
        byte[] expected = WebhookSignature.hmac(secret, signed.get().seconds(), body);
        if (!MessageDigest.isEqual(expected, signed.get().mac())) {
            return Verdict.BAD_SIGNATURE;
        }
        Duration age = Duration.between(Instant.ofEpochSecond(signed.get().seconds()), clock.instant());
        return age.abs().compareTo(tolerance) > 0 ? Verdict.OUTSIDE_TOLERANCE : Verdict.VALID;
    }

    public boolean isValid(String header, byte[] body) {
        return verify(header, body) == Verdict.VALID;
    }

    /** The two parts of the header. */
    private record Signed(long seconds, byte[] mac) {

        static Optional<Signed> parse(String header) {
            if (header == null) {
                return Optional.empty();
            }
            Long seconds = null;
            byte[] mac = null;
            try {
                for (String part : header.split(",")) {
                    String[] pair = part.strip().split("=", 2);
                    if (pair.length == 2 && pair[0].equals("t")) {
                        seconds = Long.parseLong(pair[1]);
                    } else if (pair.length == 2 && pair[0].equals(WebhookSignature.SCHEME)) {
                        mac = HexFormat.of().parseHex(pair[1]);
                    }
                }
            } catch (IllegalArgumentException e) {
                return Optional.empty(); // not a number, or not hex
            }
            return seconds == null || mac == null ? Optional.empty() : Optional.of(new Signed(seconds, mac));
        }
    }
}
