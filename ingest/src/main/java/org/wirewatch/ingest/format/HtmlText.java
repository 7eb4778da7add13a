package org.wirewatch.ingest.format;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A minimal HTML-to-text conversion for story bodies given only as markup: tags dropped, block
 * ends made line breaks, scripts, styles and comments removed, common entities decoded. It is a
 * single forward scan (no backtracking regex over the document), so hostile markup costs linear
 * time. It is not a full HTML parser: malformed markup yields imperfect but bounded text.
 */
public final class HtmlText {

    private static final Set<String> BLOCKS = Set.of(
            "p",
            "div",
            "br",
            "li",
            "ul",
            "ol",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "blockquote",
            "tr",
            "table",
            "section",
            "article",
            "header",
            "footer",
            "figure",
            "figcaption",
            "pre",
            "hr");
    private static final Set<String> SKIPPED = Set.of("script", "style");
    private static final Map<String, String> NAMED_ENTITIES = Map.ofEntries(
            Map.entry("amp", "&"),
            Map.entry("lt", "<"),
            Map.entry("gt", ">"),
            Map.entry("quot", "\""),
            Map.entry("apos", "'"),
            Map.entry("nbsp", " "),
            Map.entry("ndash", "\u2013"),
            Map.entry("mdash", "\u2014"),
            Map.entry("lsquo", "\u2018"),
            Map.entry("rsquo", "\u2019"),
            Map.entry("ldquo", "\u201C"),
            Map.entry("rdquo", "\u201D"),
            Map.entry("hellip", "\u2026"));
    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,6});");
    private static final Pattern SPACES = Pattern.compile("[ \\t\\x0B\\f\\r\\u00A0]+");
    private static final Pattern BLANK_LINES = Pattern.compile("\\n{3,}");

    private HtmlText() {}

    public static String toPlainText(String html) {
        StringBuilder text = new StringBuilder(html.length());
        int at = 0;
        while (at < html.length()) {
            int open = html.indexOf('<', at);
            if (open < 0) {
                text.append(html, at, html.length());
                break;
            }
            text.append(html, at, open);
            at = skipMarkup(html, open, text);
        }
        return tidy(decodeEntities(text.toString()));
    }

    /** @return the index just after the markup that starts at {@code open} */
    private static int skipMarkup(String html, int open, StringBuilder text) {
        if (html.startsWith("<!--", open)) {
            return endAfter(html, "-->", open + 4);
        }
        int close = html.indexOf('>', open);
        if (close < 0) {
            return html.length();
        }
        String name = tagName(html, open + 1, close);
        if (SKIPPED.contains(name)) {
            return endAfter(html, "</" + name, close + 1);
        }
        if (BLOCKS.contains(name.startsWith("/") ? name.substring(1) : name)) {
            text.append('\n');
        }
        return close + 1;
    }

    private static String tagName(String html, int from, int to) {
        int end = from;
        while (end < to && (Character.isLetterOrDigit(html.charAt(end)) || (end == from && html.charAt(end) == '/'))) {
            end++;
        }
        return html.substring(from, end).toLowerCase(Locale.ROOT);
    }

    /** Index after the first {@code marker} (case-insensitive) from {@code from}, or the end. */
    private static int endAfter(String html, String marker, int from) {
        for (int i = from; i <= html.length() - marker.length(); i++) {
            if (html.regionMatches(true, i, marker, 0, marker.length())) {
                int close = html.indexOf('>', i + marker.length() - 1);
                return close < 0 ? html.length() : close + 1;
            }
        }
        return html.length();
    }

    private static String decodeEntities(String text) {
        Matcher matcher = ENTITY.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (matcher.find()) {
            matcher.appendReplacement(out, Matcher.quoteReplacement(decode(matcher.group(1), matcher.group())));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private static String decode(String entity, String original) {
        if (!entity.startsWith("#")) {
            return NAMED_ENTITIES.getOrDefault(entity.toLowerCase(Locale.ROOT), original);
        }
        boolean hex = entity.length() > 1 && (entity.charAt(1) == 'x' || entity.charAt(1) == 'X');
        int codePoint = Integer.parseInt(entity.substring(hex ? 2 : 1), hex ? 16 : 10);
        boolean valid = Character.isValidCodePoint(codePoint)
                && !(codePoint >= Character.MIN_SURROGATE && codePoint <= Character.MAX_SURROGATE)
                && codePoint != 0;
        return valid ? new String(Character.toChars(codePoint)) : "\uFFFD";
    }

    private static String tidy(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (String line : text.split("\n", -1)) {
            out.append(SPACES.matcher(line).replaceAll(" ").strip()).append('\n');
        }
        return BLANK_LINES.matcher(out).replaceAll("\n\n").strip();
    }
}
