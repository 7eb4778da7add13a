package org.wirewatch.ingest.feed;

import java.net.http.HttpHeaders;

/**
 * What a server said identifies the copy of a feed last fetched, sent back on the next fetch so an
 * unchanged feed costs a 304 instead of a download. Either part may be null (the server sent none).
 *
 * @param etag the {@code ETag} header, sent back as {@code If-None-Match}
 * @param lastModified the {@code Last-Modified} header as sent, back as {@code If-Modified-Since}
 */
public record FeedVersion(String etag, String lastModified) {

    /** Before the first fetch. */
    public static final FeedVersion UNKNOWN = new FeedVersion(null, null);

    static FeedVersion of(HttpHeaders headers) {
        return new FeedVersion(
                headers.firstValue("ETag").orElse(null),
                headers.firstValue("Last-Modified").orElse(null));
    }
}
