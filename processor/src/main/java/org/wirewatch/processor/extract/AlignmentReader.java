package org.wirewatch.processor.extract;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.wirewatch.model.AlignmentTopic;
import org.wirewatch.model.Stance;
import org.wirewatch.model.Statement;
import org.wirewatch.model.Story;
import org.wirewatch.processor.lexicon.StateMention;
import org.wirewatch.processor.text.Alternatives;

/**
 * What a state says of its side in a war: neutral, supporting or opposing the party at war. The
 * party is the aggressor the story names (Russia, for the war in Ukraine); the warring states
 * themselves have no "side" to take.
 */
final class AlignmentReader {

    private record Cue(Stance stance, Pattern pattern) {}

    private static final List<Cue> CUES = List.of(
            new Cue(
                    Stance.NEUTRAL,
                    Alternatives.pattern(
                            "\\bneutral(?:ity)?\\b|not (?:a )?party to the (?:conflict|war)|does not take sides"
                                    + "|(?:balanced|impartial|objective and fair) (?:position|stance)|not take sides"
                                    + "|not sid(?:e|es|ing) with|with neither side|(?<!weapons to |arms to |to )either (?:party|side|camp)"
                                    + "|not (?:be )?on (?:the|any) side of|equal distance|non-involvement|\\babstain(?:ed|s|ing)?\\b"
                                    + "|neither side|(?:not|nor) (?:a )?part(?:y|icipant) (?:to|in)")),
            new Cue(
                    Stance.OPPOSE,
                    Alternatives.pattern(
                            "\\b(?:condemn(?:s|ed|ing)?|oppos(?:e|es|ed|ing)) (?:the )?(?:russia's |moscow's |russian )"
                                    + "(?:full-scale )?(?:invasion|aggression|war)\\b")),
            new Cue(
                    Stance.SUPPORT,
                    Alternatives.pattern("\\b(?:stands?|stood|standing) (?:firmly |shoulder to shoulder )?(?:with|by)"
                            + " (?:russia|moscow|the kremlin|putin|the russian)"
                            + "|\\b(?:support(?:s|ed|ing)?|back(?:s|ed|ing)?) (?:for )?(?:russia|moscow|the kremlin|putin)"
                            + "|on the side of (?:russia|moscow)|solidarity with (?:russia|moscow)|(?:strategic|comprehensive) partnership"
                            + "|\\bally\\b|\\ballies\\b")));

    /**
     * Standing with a warring state is taking its side, whatever else the sentence says ("we will
     * always stand with Russia", "we stand firmly at Ukraine's side"): group 1 names that state.
     */
    private static final Pattern STANDS_WITH = Alternatives.pattern(
            "\\b(?:stands?|stood|standing) (?:firmly |shoulder to shoulder |together )?(?:with|by|at) (?:the )?"
                    + "(russia|moscow|the kremlin|ukraine|kyiv|kiev)(?:'s|\u2019s)?(?: side)?\\b"
                    + "|\\b(?:at|on) (russia|ukraine)(?:'s|\u2019s) side\\b");

    /** A sentence about a war, in a story about this one. */
    private static final Pattern WAR =
            Alternatives.pattern("\\b(?:war|conflict|invasion|crisis|fighting|camp|side)\\b");

    private static final String RUSSIA = "RUS";

    /** "not", "never" or "won't" just before: "we do not stand with Moscow" takes no side. */
    private static final Pattern NEGATED = Alternatives.pattern("(?:\\bnot|\\bnever|n't)\\s+(?:\\w+\\s+)?$");

    /** The states at war in Ukraine: "either side" in a story about that war. */
    static final List<String> WAR_SIDES = List.of(RUSSIA, "UKR");

    /** Whether a story is about the war in Ukraine at all: its sentences may then say "this war". */
    static boolean aboutTheWar(Story story) {
        String text = (story.headline() + "\n" + story.body()).toLowerCase(java.util.Locale.ROOT);
        return THE_WAR_PLACES.stream().anyMatch(text::contains)
                && WAR.matcher(text).find();
    }

    /** Substrings naming the parties or places of the war in Ukraine, for the once-per-story check. */
    private static final List<String> THE_WAR_PLACES = List.of("ukrain", "russia", "moscow", "kremlin", "kyiv", "kiev");

    /**
     * Outside the war in Ukraine, a state vowing to stand by or support another in its fighting takes
     * that state's side: "Turkey will continue to stand by brotherly Azerbaijan with all our means".
     * The cue must lead to the state within a few words, and the sentence must speak of the fight.
     */
    private static final Pattern BACKS =
            Alternatives.pattern("\\b(?:stand(?:s|ing)?|stood) (?:firmly |shoulder to shoulder )?(?:by|with|behind) "
                    + "|\\b(?:support(?:s|ed|ing)?|back(?:s|ed|ing)?) (?!for\\b)");

    private static final Pattern FIGHT = Alternatives.pattern(
            "\\b(?:war|conflict|fighting|struggle|occupation|offensive|aggression|battle|front|all (?:our|its|their) means"
                    + "|territor(?:y|ial))\\b");

    private static final Pattern FEW_WORDS = Alternatives.pattern("(?:[\\w'-]+ ){0,3}(?:the )?");

    private static Optional<Statement> sideInAnotherWar(SentenceReading reading, Story story, String speaker) {
        if (!FIGHT.matcher(reading.lower()).find()) {
            return Optional.empty();
        }
        Matcher backs = BACKS.matcher(reading.lower());
        while (backs.find()) {
            int end = backs.end();
            if (NEGATED.matcher(reading.lower().substring(0, backs.start())).find()) {
                continue;
            }
            Optional<String> party = reading.states().stream()
                    .filter(s -> s.start() >= end
                            && FEW_WORDS
                                    .matcher(reading.lower().substring(end, s.start()))
                                    .matches()
                            // "backs Armenia's tourism plans" backs something of Armenia's, not Armenia
                            && !reading.possessive(s))
                    .findFirst()
                    .map(StateMention::code)
                    .filter(code -> !code.equals(speaker));
            if (party.isPresent()) {
                return Optional.of(reading.statement(speaker, new AlignmentTopic(party.get()), Stance.SUPPORT, story));
            }
        }
        return Optional.empty();
    }

    /** @param warStory whether the story is about the war in Ukraine ({@link #aboutTheWar}) */
    Optional<Statement> read(SentenceReading reading, Story story, boolean warStory) {
        String speaker = reading.speakingState();
        if (speaker != null && !warStory && reading.isSpeech()) {
            return sideInAnotherWar(reading, story, speaker);
        }
        if (speaker == null || speaker.equals(RUSSIA) || speaker.equals("UKR") || !warStory) {
            return Optional.empty();
        }
        Matcher stands = STANDS_WITH.matcher(reading.lower());
        if (stands.find()
                && !NEGATED.matcher(reading.lower().substring(0, stands.start()))
                        .find()) {
            String side = stands.group(1) != null ? stands.group(1) : stands.group(2);
            String party = side.startsWith("u") || side.startsWith("k") && !side.endsWith("kremlin") ? "UKR" : RUSSIA;
            return Optional.of(reading.statement(speaker, new AlignmentTopic(party), Stance.SUPPORT, story));
        }
        if (!WAR.matcher(reading.lower()).find()) {
            return Optional.empty();
        }
        return CUES.stream()
                .filter(cue -> cue.pattern().matcher(reading.lower()).find())
                .findFirst()
                .map(cue -> reading.statement(speaker, new AlignmentTopic(RUSSIA), cue.stance(), story));
    }
}
