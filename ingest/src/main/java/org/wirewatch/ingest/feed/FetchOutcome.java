package org.wirewatch.ingest.feed;

import static java.util.Objects.requireNonNull;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/** What one fetch of a feed gave. Every fetch ends in exactly one of these; none throws. */
public sealed interface FetchOutcome {

    /** The URL last requested: the feed's, or where its redirects led. */
    URI url();

    /**
     * A new copy of the feed.
     *
     * @param body the feed's bytes, decompressed, at most the configured limit; copied in and out,
     *     so the record stays immutable
     * @param version to send with the next fetch
     */
    record Fetched(URI url, byte[] body, FeedVersion version) implements FetchOutcome {
        public Fetched {
            requireNonNull(url, "url");
            requireNonNull(version, "version");
            body = body.clone();
        }

        @Override
        public byte[] body() {
            return body.clone();
        }
    }

    /** The server answered 304: the copy of the last fetch is current. */
    record NotModified(URI url) implements FetchOutcome {}

    /**
     * No feed this time: the reason says why, for the operator and the feed's error count.
     *
     * @param retryAfter the wait the server asked for (Retry-After on a 429 or 503), if any
     */
    record Failed(URI url, String reason, Optional<Duration> retryAfter) implements FetchOutcome {
        public Failed {
            requireNonNull(reason, "reason");
            requireNonNull(retryAfter, "retryAfter");
        }

        public Failed(URI url, String reason) {
            this(url, reason, Optional.empty());
        }
    }
}
