package org.wirewatch.ingest.format;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Ids for stories whose source gives none. The scheme is part of the {@code stories.raw} contract,
 * because copies of a story must get the same id wherever and whenever they are read:
 *
 * <ul>
 *   <li>with a URL: {@code sha256:} + lower-case hex of SHA-256 over the UTF-8 bytes of the
 *       canonical URL (scheme and host lower-cased, default port, fragment and {@code utm_*}
 *       parameters removed, empty path written {@code /});
 *   <li>else: the same over the normalized body (Unicode NFKC, lower-cased, runs of white space
 *       made one space, trimmed). The headline is left out on purpose: syndicating outlets rewrite
 *       headlines of the same wire copy.
 * </ul>
 */
final class StoryIds {

    private static final String PREFIX = "sha256:";
    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");

    private StoryIds() {}

    static String ofUrl(String url) {
        return PREFIX + sha256Hex(canonicalUrl(url));
    }

    static String ofText(String body) {
        return PREFIX + sha256Hex(normalizedText(body));
    }

    /** The URL as compared for identity; a string that is not an absolute URL is only trimmed. */
    static String canonicalUrl(String url) {
        String trimmed = url.strip();
        try {
            URI uri = new URI(trimmed);
            if (!uri.isAbsolute() || uri.getHost() == null) {
                return trimmed;
            }
            String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
            int port = isDefaultPort(scheme, uri.getPort()) ? -1 : uri.getPort();
            String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            String query = withoutTracking(uri.getRawQuery());
            return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (port < 0 ? "" : ":" + port) + path
                    + (query.isEmpty() ? "" : "?" + query);
        } catch (URISyntaxException e) {
            return trimmed;
        }
    }

    static String normalizedText(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        return WHITE_SPACE.matcher(folded).replaceAll(" ").strip();
    }

    private static boolean isDefaultPort(String scheme, int port) {
        return port == -1 || ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
    }

    private static String withoutTracking(String rawQuery) {
        if (rawQuery == null) {
            return "";
        }
        return Arrays.stream(rawQuery.split("&"))
                .filter(parameter -> !parameter.isEmpty())
                .filter(parameter -> !parameter.toLowerCase(Locale.ROOT).startsWith("utm_"))
                .collect(Collectors.joining("&"));
    }

    private static String sha256Hex(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
