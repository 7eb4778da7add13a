package org.wirewatch.ingest.feed;

import static java.util.Objects.requireNonNull;

import java.time.Duration;

/**
 * How feeds are fetched.
 *
 * @param guard which addresses may be connected to, checked for the feed URL and every redirect
 * @param maxBytes largest feed accepted, in bytes, both as sent and after gzip decompression
 * @param maxRedirects how many redirects one fetch follows before it fails
 * @param connectTimeout longest wait for a TCP (and TLS) connection
 * @param requestTimeout longest wait for the response headers once a request is sent
 */
public record FetchSettings(
        AddressGuard guard, int maxBytes, int maxRedirects, Duration connectTimeout, Duration requestTimeout) {

    /** 8 MiB: a large feed of a few hundred items with full HTML bodies is well under 2 MiB. */
    public static final int DEFAULT_MAX_BYTES = 8 * 1024 * 1024;

    public FetchSettings {
        requireNonNull(guard, "guard");
        requireNonNull(connectTimeout, "connectTimeout");
        requireNonNull(requestTimeout, "requestTimeout");
        // readNBytes reads one byte past the limit to detect a larger body: keep that an int.
        if (maxBytes < 1 || maxBytes > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("max feed size must be a positive number of bytes, was " + maxBytes);
        }
        if (maxRedirects < 0) {
            throw new IllegalArgumentException("max redirects must be 0 or more, was " + maxRedirects);
        }
        if (connectTimeout.isNegative() || connectTimeout.isZero()) {
            throw new IllegalArgumentException("connect timeout must be positive, was " + connectTimeout);
        }
        if (requestTimeout.isNegative() || requestTimeout.isZero()) {
            throw new IllegalArgumentException("request timeout must be positive, was " + requestTimeout);
        }
    }

    /** Public addresses only, 8 MiB, 5 redirects, 10 s to connect, 30 s for the response. */
    public static FetchSettings defaults() {
        return new FetchSettings(
                AddressGuard.publicOnly(), DEFAULT_MAX_BYTES, 5, Duration.ofSeconds(10), Duration.ofSeconds(30));
    }

    public FetchSettings withGuard(AddressGuard newGuard) {
        return new FetchSettings(newGuard, maxBytes, maxRedirects, connectTimeout, requestTimeout);
    }
}
