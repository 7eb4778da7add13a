package org.wirewatch.processor.extract;

import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.wirewatch.model.Story;
import org.wirewatch.processor.lexicon.StateMention;
import org.wirewatch.processor.lexicon.StateNames;
import org.wirewatch.processor.text.Alternatives;

/**
 * A story a government publishes itself: a press release, a fact sheet, a readout. Its account of
 * the government's own acts is that government announcing them ("Today, OFAC is sanctioning …"),
 * which is a statement, where a newswire's report of the same act is not.
 */
final class OfficialRelease {

    /** Sources and openings that mark the government's own publication; state media are not one. */
    private static final Pattern RELEASE_SOURCE = Alternatives.pattern(
            "(?i)\\b(?:press releases?|news releases?|fact sheets?|readouts?|press statements?)\\b");

    private static final Pattern RELEASE_OPENING =
            Alternatives.pattern("^\\s*(?:PRESS RELEASE|NEWS RELEASE|FACT SHEETS?|READOUT|PRESS STATEMENT)\\b");
    private static final Pattern YEAR = Alternatives.pattern("\\b(?:19|20)\\d\\d\\b");

    private OfficialRelease() {}

    /** How much of a release's opening names its government: the dateline and the first sentence. */
    private static final int OPENING = 400;

    /**
     * Whether the story is a release of {@code state}'s: marked as a release by its source or its
     * first line, and naming the state in its source or its opening ("WASHINGTON — Today, the
     * U.S. Department of the Treasury …").
     */
    static boolean issuedBy(Story story, String state, StateNames states) {
        boolean release = RELEASE_SOURCE.matcher(story.source()).find()
                || RELEASE_OPENING.matcher(story.body()).find();
        if (!release || state == null) {
            return false;
        }
        String opening = story.source() + "\n"
                + story.body().substring(0, Math.min(OPENING, story.body().length()));
        return states.find(opening).stream().map(StateMention::code).anyMatch(state::equals);
    }

    /** Whether the sentence recounts an earlier year's act ("first imposed sanctions in 2019"): background, not the release's news. */
    static boolean recountsEarlierYear(SentenceReading reading, Story story) {
        int year = story.publishedAt().atZone(ZoneOffset.UTC).getYear();
        Matcher m = YEAR.matcher(reading.lower());
        while (m.find()) {
            if (Integer.parseInt(m.group()) < year) {
                return true;
            }
        }
        return false;
    }
}
