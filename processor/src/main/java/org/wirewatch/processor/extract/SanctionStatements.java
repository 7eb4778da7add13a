package org.wirewatch.processor.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.wirewatch.model.SanctionAction;
import org.wirewatch.model.SanctionMention;
import org.wirewatch.model.SanctionsTopic;
import org.wirewatch.model.Stance;
import org.wirewatch.model.Statement;
import org.wirewatch.model.Story;
import org.wirewatch.processor.lexicon.StateMention;
import org.wirewatch.processor.lexicon.StateNames;
import org.wirewatch.processor.text.Alternatives;

/**
 * What the states speaking in a sentence say about a sanction it names: the imposer imposes,
 * threatens or lifts; the target condemns; a member of the imposing organisation speaks on the
 * organisation's row. A third state's words are not a stance on the sanction.
 */
final class SanctionStatements {

    /** Verbs by which a state speaks against a measure without a verb of saying. */
    private static final Pattern CONDEMNING =
            Alternatives.pattern("\\b(?:condemn|denounc|slamm|decri|criticis|criticiz|lambast)\\w*");
    /** How far, in characters, the condemning state may stand before its verb ("Iran on Sunday denounced"). */
    private static final int SUBJECT_REACH = 30;

    /** A member's words against its organisation's sanctions, short of a veto. */
    private static final Pattern MEMBER_OPPOSITION =
            Alternatives.pattern("\\b(?:prevent|not recogni[sz]e|lost (?:its|their)"
                    + " relevance|not an end in (?:itself|themselves)|(?:cannot|can't|could not|will not|won't) solve|revisit|revis(?:e|ed|ing)\\b"
                    + "|irresponsible|no (?:legal|moral) (?:standing|basis|right)|counterproductive|strangle)\\w*"
                    + "|(?:\\bnot|n't|\\bnever|\\brefus\\w* to) (?:\\w+ ){0,2}?(?:back|support|renew|extend|wave through|approve"
                    + "|agree to)\\b|\\bonly (?:consider|accept|support|back|approve)\\b");
    /**
     * A deliberation the writer only has by hearsay: "there are reports that the US is considering
     * further measures" is a rumour about the state, not the state's own line.
     */
    private static final Pattern HEARSAY = Alternatives.pattern(
            "\\b(?:there (?:are|were|have been) (?:\\w+ )?reports|(?:is|are|was|were) (?:reportedly|said to be)"
                    + "|according to (?:\\w+ )?(?:reports|media))\\b");

    /** A member backing the sanctions, whatever its caveats. */
    private static final Pattern MEMBER_SUPPORT = Alternatives.pattern(
            "\\b(?:voted (?:in favou?r|for)|supported|supports|backed|backs|welcomed|welcomes|approved)\\b");

    /**
     * A noun followed by "it" or "they" right before the speech verb: a relative clause on the
     * sanctioned party ("firms it accuses of …", "vessels it said had carried …"), giving the reason.
     */
    private static final Pattern RELATIVE_SPEECH = Alternatives.pattern(
            "\\b(?!(?:and|but|as|because|when|after|while|so|what|how|that)\\b)[a-z]+ (?:it|they) $");

    private SanctionStatements() {}

    /**
     * Whether the sentence's only speech is a relative clause after the sanction's cue: it reports
     * the act and what the imposer holds against the target, not the imposer speaking of it.
     */
    static boolean speechOnlyGivesReason(SentenceReading reading) {
        int verb = reading.speechPosition();
        String lower = reading.lower();
        if (!reading.isSpeech() || verb >= lower.length()) {
            return false;
        }
        List<SanctionCues.Cue> cues = SanctionCues.find(lower, false);
        boolean afterCue = !cues.isEmpty() && cues.get(0).end() <= verb;
        return afterCue
                && RELATIVE_SPEECH
                        .matcher(lower.substring(Math.max(0, verb - 30), verb))
                        .find();
    }

    /** The mention with the first speaker's statement, then each further speaker's statement alone. */
    static List<SanctionReader.Found> of(
            SentenceReading reading, Story story, SanctionMention mention, StateNames states) {
        List<SanctionReader.Found> found = new ArrayList<>();
        found.add(new SanctionReader.Found(mention, null));
        List<String> speakers = speechOnlyGivesReason(reading) ? List.of() : speakers(reading);
        if (speakers.isEmpty() && !OfficialRelease.recountsEarlierYear(reading, story)) {
            // the imposer's own release announces what it reports the imposer doing
            speakers =
                    OfficialRelease.issuedBy(story, mention.imposer(), states) ? List.of(mention.imposer()) : List.of();
        }
        for (String speaker : speakers) {
            Stance stance = stance(reading, speaker, mention);
            if (stance != null) {
                found.add(new SanctionReader.Found(null, statement(reading, story, speaker, mention, stance)));
            }
        }
        return found;
    }

    /**
     * The states speaking: those the sentence reports as saying something, else a state condemning
     * in its own verb ("North Korea on Sunday denounced the sanctions"), which is speech about them.
     */
    static List<String> speakers(SentenceReading reading) {
        if (!reading.isSpeech() && HEARSAY.matcher(reading.lower()).find()) {
            return List.of();
        }
        List<String> speaking = reading.speakingStates();
        if (!speaking.isEmpty()) {
            return speaking;
        }
        Matcher verb = CONDEMNING.matcher(reading.lower());
        if (!verb.find()) {
            return List.of();
        }
        return reading.states().stream()
                .filter(s -> s.end() <= verb.start() && verb.start() - s.end() <= SUBJECT_REACH)
                .filter(s -> reading.states().get(0) == s)
                .map(StateMention::code)
                .toList();
    }

    /** The stance of {@code speaker} on the sanction, or null when it takes none on it. */
    static Stance stance(SentenceReading reading, String speaker, SanctionMention mention) {
        if (speaker.equals(mention.target())) {
            return Stance.CONDEMN;
        }
        if (Memberships.isMember(speaker, mention.imposer())) {
            return memberStance(reading, mention);
        }
        if (speaker.equals(mention.imposer())) {
            return switch (mention.action()) {
                case IMPOSED, EXTENDED -> Stance.IMPOSE;
                case THREATENED -> Stance.THREATEN;
                case CONSIDERED -> Stance.CONSIDER;
                case EASED, LIFTED -> Stance.LIFT;
                case DEMANDED_LIFT -> null;
            };
        }
        // any other state speaks on the target's row, as it does in a sentence only reacting to the
        // sanction (SanctionReaction): "Lavrov called the US sanctions on Ankara illegitimate"
        boolean condemns = SanctionReader.CONDEMNATION.matcher(reading.lower()).find();
        return mention.action() == SanctionAction.DEMANDED_LIFT || condemns ? Stance.CONDEMN : null;
    }

    /**
     * A member on its organisation's sanctions: against them when it holds them up or speaks
     * against them ("the regime has lost its relevance") without backing them in the same breath
     * ("voted in favour while warning against …"); else on the organisation's own line.
     */
    private static Stance memberStance(SentenceReading reading, SanctionMention mention) {
        String lower = reading.lower();
        boolean against = SanctionVetoes.vetoed(reading)
                || (MEMBER_OPPOSITION.matcher(lower).find()
                                || SanctionReader.CONDEMNATION.matcher(lower).find())
                        && !MEMBER_SUPPORT.matcher(lower).find();
        if (against) {
            return Stance.OPPOSE;
        }
        return switch (mention.action()) {
            case THREATENED -> Stance.THREATEN;
            case CONSIDERED -> Stance.CONSIDER;
            default -> Stance.IMPOSE;
        };
    }

    static Statement statement(
            SentenceReading reading, Story story, String speaker, SanctionMention mention, Stance stance) {
        return reading.statement(speaker, new SanctionsTopic(mention.imposer(), mention.target()), stance, story);
    }
}
