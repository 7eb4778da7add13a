package org.wirewatch.ingest.poller;

import static java.util.Objects.requireNonNull;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * One feed of the feeds configuration.
 *
 * @param name the feed's identity: the stories' {@code source}, the key of its state on {@code
 *     feeds.state} and the origin {@code feed:<name>} of its rejections; letters, digits, dots,
 *     dashes and underscores
 * @param url an absolute http or https URL
 * @param interval time between two fetches, before jitter and backoff
 * @param language language of the items when the feed declares none (e.g. {@code en}); null to
 *     leave them to the default
 * @param enabled false keeps the feed (and its state) configured without fetching it
 */
public record FeedConfig(String name, URI url, Duration interval, String language, boolean enabled) {

    public static final Duration DEFAULT_INTERVAL = Duration.ofMinutes(5);
    /** Politeness toward feed servers; most publishers ask for no more than one fetch a minute. */
    public static final Duration MIN_INTERVAL = Duration.ofSeconds(10);

    public static final Duration MAX_INTERVAL = Duration.ofDays(1);

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8})*");

    public FeedConfig {
        requireNonNull(name, "name");
        requireNonNull(url, "url");
        requireNonNull(interval, "interval");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("name '" + name + "' must be 1 to 64 letters, digits, dots, dashes or"
                    + " underscores, starting with a letter or digit, e.g. harbour-wire");
        }
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!url.isAbsolute() || !(scheme.equals("http") || scheme.equals("https")) || url.getHost() == null) {
            throw new IllegalArgumentException("url '" + url
                    + "' must be an absolute http or https URL with a host, e.g. https://news.example.org/rss");
        }
        if (interval.compareTo(MIN_INTERVAL) < 0 || interval.compareTo(MAX_INTERVAL) > 0) {
            throw new IllegalArgumentException("interval " + interval + " must be between " + MIN_INTERVAL + " and "
                    + MAX_INTERVAL + " (ISO-8601, e.g. PT5M for five minutes)");
        }
        if (language != null && !LANGUAGE.matcher(language).matches()) {
            throw new IllegalArgumentException(
                    "language '" + language + "' must be a language tag such as en or en-GB, or left out");
        }
    }

    /**
     * A feed given on the command line: named after its host ({@code www.} dropped), polled every
     * {@link #DEFAULT_INTERVAL}.
     *
     * @throws IllegalArgumentException when the URL is not an absolute http(s) URL
     */
    public static FeedConfig quickStart(String url) {
        URI uri;
        try {
            uri = URI.create(url.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("url '" + url + "' is not a valid URL: " + e.getMessage(), e);
        }
        String host = uri.getHost() == null ? "" : uri.getHost().replaceFirst("^www\\.", "");
        return new FeedConfig(host.isEmpty() ? "feed" : host, uri, DEFAULT_INTERVAL, null, true);
    }

    public FeedConfig renamed(String newName) {
        return new FeedConfig(newName, url, interval, language, enabled);
    }
}
