package org.wirewatch.ingest.feed;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.wirewatch.ingest.format.RejectedInputException;

/**
 * Fetches a feed over HTTP with the JDK client: a conditional GET, gzip, redirects followed by hand
 * so that every hop passes the {@link AddressGuard}, and a byte limit on the body. A fetch never
 * throws: a server that fails, hangs, redirects too often or sends too much gives a {@link
 * FetchOutcome.Failed} with the reason.
 *
 * <p>The request timeout bounds the wait for the response headers, and again the wait for the body.
 */
public final class FeedFetcher {

    private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);
    private static final String USER_AGENT = "wirewatch-feeds/0.1";

    private final FetchSettings settings;
    private final HttpClient client;

    public FeedFetcher(FetchSettings settings) {
        this.settings = requireNonNull(settings, "settings");
        this.client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(settings.connectTimeout())
                // Feeds are small documents; HTTP/1.1 avoids an h2c upgrade attempt on every fetch.
                .version(HttpClient.Version.HTTP_1_1)
                .build();
    }

    /** @param last the version of the last copy fetched, {@link FeedVersion#UNKNOWN} for none */
    public FetchOutcome fetch(URI feed, FeedVersion last) {
        URI target = feed;
        for (int redirects = 0; ; redirects++) {
            try {
                settings.guard().check(target);
                HttpResponse<InputStream> response = send(target, last);
                try (InputStream body = response.body()) {
                    Optional<URI> next = redirectTarget(target, response);
                    if (next.isEmpty()) {
                        return outcome(target, response, body);
                    }
                    if (redirects == settings.maxRedirects()) {
                        return new FetchOutcome.Failed(
                                target, "more than " + settings.maxRedirects() + " redirects from " + feed);
                    }
                    target = next.get();
                }
            } catch (RejectedInputException e) {
                return new FetchOutcome.Failed(target, e.reason());
            } catch (HttpTimeoutException e) {
                return new FetchOutcome.Failed(target, "no answer from " + target + " in time: " + e.getMessage());
            } catch (IOException e) {
                return new FetchOutcome.Failed(target, "fetching " + target + " failed: " + e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new FetchOutcome.Failed(target, "fetching " + target + " was interrupted");
            }
        }
    }

    private HttpResponse<InputStream> send(URI target, FeedVersion last) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(target)
                .GET()
                .timeout(settings.requestTimeout())
                .header("Accept-Encoding", "gzip")
                .header("Accept", "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9")
                .header("User-Agent", USER_AGENT);
        if (last.etag() != null) {
            request.header("If-None-Match", last.etag());
        }
        if (last.lastModified() != null) {
            request.header("If-Modified-Since", last.lastModified());
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
    }

    /** @return where the response redirects to, empty when it is no redirect */
    private static Optional<URI> redirectTarget(URI from, HttpResponse<?> response) throws RejectedInputException {
        if (!REDIRECTS.contains(response.statusCode())) {
            return Optional.empty();
        }
        String location = response.headers()
                .firstValue("Location")
                .orElseThrow(() -> new RejectedInputException(
                        from + " answered " + response.statusCode() + " without a Location to redirect to"));
        try {
            return Optional.of(from.resolve(location.strip()));
        } catch (IllegalArgumentException e) {
            throw new RejectedInputException(from + " redirects to an invalid URL: " + location, e);
        }
    }

    private FetchOutcome outcome(URI target, HttpResponse<InputStream> response, InputStream body)
            throws RejectedInputException, IOException {
        int status = response.statusCode();
        if (status == 304) {
            return new FetchOutcome.NotModified(target);
        }
        if (status != 200) {
            Optional<Duration> retryAfter = RetryAfter.of(status, response.headers(), Instant.now());
            return new FetchOutcome.Failed(
                    target,
                    target + " answered HTTP " + status + " instead of a feed"
                            + retryAfter
                                    .map(wait -> " (it asks to retry after " + wait.toSeconds() + " s)")
                                    .orElse(""),
                    retryAfter);
        }
        String encoding = response.headers().firstValue("Content-Encoding").orElse(null);
        // The request timeout ends with the headers; the same time again bounds the body, so a
        // server that stalls mid-body costs one failed fetch. Closing the stream ends a blocked read.
        AtomicBoolean expired = new AtomicBoolean();
        CompletableFuture<Void> deadline = CompletableFuture.runAsync(
                () -> {
                    expired.set(true);
                    closeQuietly(body);
                },
                CompletableFuture.delayedExecutor(settings.requestTimeout().toMillis(), TimeUnit.MILLISECONDS));
        try {
            byte[] bytes = FeedBody.read(body, encoding, settings.maxBytes());
            return new FetchOutcome.Fetched(target, bytes, FeedVersion.of(response.headers()));
        } catch (RejectedInputException e) {
            throw new RejectedInputException(target + ": " + e.reason(), e);
        } catch (IOException e) {
            if (expired.get()) {
                throw new RejectedInputException(
                        target + " did not send its whole body within " + settings.requestTimeout(), e);
            }
            throw e;
        } finally {
            deadline.cancel(false);
        }
    }

    private static void closeQuietly(InputStream body) {
        try {
            body.close();
        } catch (IOException e) {
            // the fetch fails on its own read; nothing more to do with a stream being abandoned
        }
    }
}
