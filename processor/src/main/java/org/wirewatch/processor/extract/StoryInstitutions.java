package org.wirewatch.processor.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.wirewatch.model.Story;
import org.wirewatch.processor.lexicon.NameForm;
import org.wirewatch.processor.lexicon.StateMention;
import org.wirewatch.processor.text.Alternatives;

/**
 * Institutions a story names without their state: "the Treasury" (the US one, or the British one
 * in a British story) and "the Council" (the EU's Council, or the UN Security Council once the
 * story has named it). The lexicon cannot list them, as they would fire in every city-council
 * story; the story around the sentence says whose they are, and every sentence is read with them.
 */
final class StoryInstitutions {

    /** "Treasury" as an institution, not its bills or yields, and not already named with its state. */
    private static final Pattern TREASURY = Alternatives.pattern(
            "(?<!HM |U\\.S\\. |US |the U\\.S\\. )\\bTreasury\\b(?!'s? (?:bills?|bonds?|yields?|notes?|market)"
                    + "| (?:Department|bills?|bonds?|yields?|notes?|securities|market))");
    /** "the Council" or "the council" standing alone: a city, security or privy council has a word before it. */
    private static final Pattern COUNCIL = Alternatives.pattern("\\b[Tt]he ([Cc]ouncil)\\b(?! of\\b)");

    /** Whose Council: the organisation the story last named before the sentence. */
    private static final Pattern UN =
            Alternatives.pattern("Security Council|United Nations|\\bU\\.?N\\.?(?=\\W)|UNITED NATIONS");

    private static final Pattern EU = Alternatives.pattern(
            "European Union|Council of the EU|\\bE\\.?U\\.?(?=\\W)|Brussels|BRUSSELS|European Council|EU foreign ministers");

    /** Whose Treasury: a British story has more of Britain than of America in it. */
    private static final Pattern BRITISH = Alternatives.pattern(
            "Brit(?:ain|ish)|London|LONDON|\\bU\\.?K\\.?\\b|United Kingdom|Downing Street|Whitehall");

    private static final Pattern AMERICAN = Alternatives.pattern(
            "United States|\\bU\\.?S\\.?(?=\\W)|Washington|WASHINGTON|American|White House|OFAC|State Department");

    private StoryInstitutions() {}

    /**
     * The reading with the bare institutions of its sentence added as states; when the reading's
     * speaker was only an institution it names, the speaker is read again with them.
     */
    static SentenceReading resolve(SentenceReading reading, Story story) {
        String text = reading.sentence().text();
        if (!text.contains("Treasury") && !text.contains("ouncil")) {
            return reading; // the cheap answer for nearly every sentence
        }
        List<StateMention> found = new ArrayList<>();
        Matcher treasury = TREASURY.matcher(text);
        while (treasury.find()) {
            add(found, reading, treasury.start(), treasury.end(), treasuryOf(story));
        }
        Matcher council = COUNCIL.matcher(text);
        while (council.find()) {
            add(found, reading, council.start(1), council.end(1), councilOf(story, reading));
        }
        if (found.isEmpty()) {
            return reading;
        }
        found.addAll(reading.states());
        found.sort(Comparator.comparingInt(StateMention::start));
        SentenceReading widened = reading.withStates(List.copyOf(found));
        boolean institutional = reading.speaker().map(s -> s.name() == null).orElse(true);
        Optional<Speaker> speaker = institutional
                ? widened.speakerState()
                        .map(s -> new Speaker(null, s.code(), null))
                        .or(reading::speaker)
                : reading.speaker();
        return widened.withSpeaker(speaker);
    }

    private static void add(List<StateMention> found, SentenceReading reading, int start, int end, String code) {
        boolean named = reading.states().stream().anyMatch(s -> s.start() < end && s.end() > start);
        if (code != null && !named) {
            found.add(new StateMention(
                    code, NameForm.METONYM, reading.sentence().text().substring(start, end), start, end));
        }
    }

    /** GBR when the story speaks more of Britain than of America, else USA. */
    private static String treasuryOf(Story story) {
        String text = dateline(story) + story.headline() + "\n" + story.body();
        return count(BRITISH, text) > count(AMERICAN, text) ? "GBR" : "USA";
    }

    /** The organisation last named before the sentence, else first named after it; null for neither. */
    private static String councilOf(Story story, SentenceReading reading) {
        String body = story.body();
        int at = Math.min(reading.sentence().evidence().start(), body.length());
        String before = dateline(story) + body.substring(0, at);
        int un = last(UN, before);
        int eu = last(EU, before);
        if (un >= 0 || eu >= 0) {
            return un > eu ? "UN" : "EU";
        }
        String after = body.substring(at);
        int unAfter = first(UN, after);
        int euAfter = first(EU, after);
        if (unAfter < 0 && euAfter < 0) {
            return null; // a city's or a club's council
        }
        return euAfter < 0 || unAfter >= 0 && unAfter < euAfter ? "UN" : "EU";
    }

    private static String dateline(Story story) {
        return story.dateline() == null ? "" : story.dateline() + "\n";
    }

    private static int count(Pattern pattern, String text) {
        return (int) pattern.matcher(text).results().count();
    }

    private static int last(Pattern pattern, String text) {
        int last = -1;
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            last = m.start();
        }
        return last;
    }

    private static int first(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        return m.find() ? m.start() : -1;
    }
}
