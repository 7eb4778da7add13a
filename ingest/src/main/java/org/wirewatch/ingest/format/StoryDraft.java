package org.wirewatch.ingest.format;

import java.time.Instant;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.wirewatch.ingest.canon.LanguageDetection;
import org.wirewatch.model.Story;

/**
 * A story as a reader found it, every field possibly absent (null), before the rules every format
 * shares: the body is required, a missing id is derived ({@link StoryIds}), a missing source is
 * the default, the language is reduced to its ISO 639 code or, when the input declares none,
 * detected from the text ({@link LanguageDetection}), blank optional fields become null.
 * Readers reject an input without a time themselves, with a reason naming their own fields, so
 * {@code publishedAt} is never null here.
 */
public record StoryDraft(
        String id,
        String source,
        String url,
        String headline,
        String body,
        Instant publishedAt,
        String language,
        String byline,
        String dateline) {

    /** A BCP 47 tag: its first subtag is the ISO 639 language ("en-GB" is English). */
    private static final Pattern LANGUAGE_TAG = Pattern.compile("([A-Za-z]{2,3})(?:[-_][A-Za-z0-9]{1,8})*");

    public Story toStory(Ingestion ingestion) throws RejectedInputException {
        String text = blankToNull(body);
        if (text == null) {
            throw new RejectedInputException("has no body text: a story needs a body to be read");
        }
        String cleanUrl = blankToNull(url);
        String storyId = blankToNull(id) != null
                ? id.strip()
                : cleanUrl != null ? StoryIds.ofUrl(cleanUrl) : StoryIds.ofText(text);
        String storySource = blankToNull(source) != null ? source.strip() : ingestion.defaultSource();
        // Detected here, not at publishing: past this point a story without a language reads "en".
        String declared = languageCode(language);
        String storyLanguage =
                declared != null ? declared : LanguageDetection.shared().languageOf(headline, text);
        return new Story(
                storyId,
                storySource,
                cleanUrl,
                headline == null ? "" : headline.strip(),
                text,
                publishedAt,
                ingestion.ingestedAt(),
                storyLanguage,
                blankToNull(byline),
                blankToNull(dateline));
    }

    private static String languageCode(String tag) throws RejectedInputException {
        if (blankToNull(tag) == null) {
            return null;
        }
        if (tag.length() == 2 && isLowerAscii(tag.charAt(0)) && isLowerAscii(tag.charAt(1))) {
            return tag; // the usual case, "en", without a regular expression per story
        }
        Matcher matcher = LANGUAGE_TAG.matcher(tag.strip());
        if (!matcher.matches()) {
            throw new RejectedInputException(
                    "language '" + JsonFields.abbreviate(tag) + "' is not a language tag such as en or en-GB");
        }
        return matcher.group(1).toLowerCase(Locale.ROOT);
    }

    private static boolean isLowerAscii(char c) {
        return c >= 'a' && c <= 'z';
    }

    /** The text stripped of surrounding white space, or null when there is none. */
    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
