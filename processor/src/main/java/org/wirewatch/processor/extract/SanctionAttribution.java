package org.wirewatch.processor.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.wirewatch.model.SanctionAction;
import org.wirewatch.model.SanctionMention;
import org.wirewatch.processor.lexicon.StateMention;
import org.wirewatch.processor.text.Alternatives;

/**
 * Who sanctions whom at one cue once more than the stretch of the sentence is read: the sentence's
 * earlier cue, the story's last sanction ("the sanctions"), the official acting ("Trump signed an
 * order imposing …"), the speaker condemning sanctions on itself, and organisations whose members
 * a sentence names.
 */
final class SanctionAttribution {

    /**
     * Sanctions on no state, said so: "anyone who supplies …", a network, companies of any country,
     * unnamed countries picked out by what they do ("secondary tariffs on countries that buy …").
     */
    private static final Pattern OPEN_TARGET = Alternatives.pattern(
            "\\b(?:anyone|anybody|any (?:country|countries|company|companies|firm|firms|entity|entities|state|nation|party)"
                    + "|those who|those that|whoever|network|militia|cartel|group"
                    + "|(?:countries|nations|states|buyers|importers) (?:that|which|who)"
                    + "|(?:buyers|importers|purchasers) of)\\b");

    /**
     * A clause tacked on after a comma, a participle or a further predicate ("…, raising duties on
     * U.S. partners", "…, and said the United States would …"): a state named in it is no object of
     * the main clause's cue.
     */
    private static final Pattern AFTERTHOUGHT = Alternatives.pattern(",\\s+(?:\\w+ing|and|but|while)\\b");

    /**
     * The official's own act on the sanction, worded before its cue: what makes the official's
     * state the imposer when the sentence names no state as such.
     */
    private static final Pattern OFFICIAL_ACT =
            Alternatives.pattern("\\b(?:impos|reimpos|adopt|propos|sign|announc|order"
                    + "|introduc|approv|slap|unveil|extend|renew|roll|lift|eas|threat|warn|vow|pledg|promis|consider|weigh"
                    + "|prepar|draw|look)\\w*");

    /**
     * A state answering sanctions in kind: "in retaliation for EU measures", "hitting back at
     * London", "on the basis of reciprocity". Its own measures are no condemnation of itself, and
     * when it names no target they hit the state whose sanctions it answers.
     */
    private static final Pattern RETALIATION = Alternatives.pattern(
            "\\b(?:in (?:retaliation|response|reply|answer) (?:for|to)|hit(?:s|ting)? back|retaliat\\w*"
                    + "|reciproc\\w*|tit[- ]for[- ]tat|counter-?measures|counter-?sanctions)");

    /** A present participle right after a comma, going on with the clause before it: ", freezing". */
    private static final Pattern PARTICIPLE_GOING_ON = Alternatives.pattern(",\\s+(?:and\\s+)?$");

    /** How far from its cue an open target may stand: "those who voted" elsewhere in the sentence is no target. */
    private static final int OPEN_REACH = 60;

    /** "its sanctions", "their measures": the sanctions of the state the sentence already named. */
    private static final Pattern POSSESSIVE = Alternatives.pattern("\\b(?:its|their)\\s+(?:\\w+\\s+)?$");

    /** The sanctions the story already spoke of: "the sanctions", "its measures", "such sanctions". */
    private static final Pattern DEFINITE =
            Alternatives.pattern("\\b(?:the|its|their|these|those|such|them)\\s+(?:\\w+\\s+)?$");

    private SanctionAttribution() {}

    /**
     * Who sanctions whom at one cue: as the sentence names them, else as the sentence's earlier
     * cue, the story's last sanction ("the sanctions") or the official acting ("Trump signed an
     * order imposing …") give them. Null when the cue only points back at the story's last
     * sanction ("the sanctions were illegal"), which is a reaction, not a new mention.
     */
    static SanctionParties parties(
            SentenceReading reading,
            StoryContext context,
            SanctionCues.Cue cue,
            int from,
            int to,
            SanctionAction action,
            List<String> previous) {
        SanctionParties named = SanctionParties.of(reading, cue, from, to, action);
        List<String> imposers = new ArrayList<>(named.imposers());
        List<String> targets = new ArrayList<>(named.targets());
        String speaker = reading.speakingState();
        boolean condemns = speaker != null
                && SanctionReader.CONDEMNATION.matcher(reading.lower()).find()
                && organisation(reading, speaker, context).equals(speaker);
        // "the sanctions" points back at the measures answered, never at the answer
        boolean retaliates = RETALIATION.matcher(reading.lower()).find()
                && !DEFINITE.matcher(reading.lower().substring(from, cue.start()))
                        .find();
        if (condemns && imposers.equals(List.of(speaker)) && !retaliates) {
            imposers.clear(); // "Moscow called the sanctions illegal": the speaker is hit, not imposing
            targets.add(0, speaker);
        }
        if (condemns
                && targets.equals(List.of(speaker))
                && !imposers.isEmpty()
                && namedOnlyBefore(reading, speaker, cue)) {
            // "Lavrov said it was one more case of coercive measures by the United States": the speaker
            // read as the subject of a passive is a third state judging the story's sanction
            thirdStatesTarget(context, imposers, speaker).ifPresent(target -> targets.set(0, target));
        }
        String lead = reading.lower().substring(from, cue.start());
        if (imposers.size() == 1 && SanctionVetoes.blocks(reading, imposers.get(0), cue)) {
            imposers.clear(); // "Hungary had blocked the embargo": a member holding up, not an imposer
        }
        boolean participle = cue.verb() && PARTICIPLE_GOING_ON.matcher(lead).find();
        if (participle && !previous.isEmpty()) {
            // "Washington sanctioned 100 Nicaraguan officials, freezing any US assets": the participle
            // goes on with the main clause's act; "any US assets" are where the assets are held
            imposers = new ArrayList<>(previous);
            targets.removeAll(previous);
        }
        if (!previous.isEmpty()
                && (imposers.isEmpty() || POSSESSIVE.matcher(lead).find())) {
            imposers = new ArrayList<>(previous); // "… and would keep using its sanctions authorities"
        }
        boolean pointsBack = imposers.isEmpty()
                && (targets.isEmpty() || condemns && targets.equals(List.of(speaker)))
                && action == SanctionAction.IMPOSED;
        if (pointsBack && context.lastSanction().isPresent()) {
            return null;
        }
        if (imposers.isEmpty()) {
            imposers.addAll(anaphoric(lead, cue, context));
        }
        if (imposers.isEmpty() && !condemns) {
            actingOfficial(reading, cue, from).filter(s -> !targets.contains(s)).ifPresent(imposers::add);
        }
        if (targets.isEmpty() && retaliates && imposers.size() == 1) {
            answered(context, imposers.get(0)).ifPresent(targets::add);
        }
        if (targets.isEmpty()) {
            targets.addAll(unnamedTarget(reading, context, cue, imposers, condemns ? speaker : null));
        }
        return new SanctionParties(imposers, targets);
    }

    /**
     * The target of the story's last sanction by the same imposer, when it is not the speaker: the
     * sanction a third state condemning in general words speaks of.
     */
    private static Optional<String> thirdStatesTarget(StoryContext context, List<String> imposers, String speaker) {
        return context.lastSanction()
                .filter(last -> imposers.contains(last.imposer()))
                .map(SanctionMention::target)
                .filter(target -> !target.equals(speaker));
    }

    /** The imposer of the story's last sanction on {@code state}: whom its answer in kind hits. */
    private static Optional<String> answered(StoryContext context, String state) {
        return context.lastSanctions().stream()
                .filter(last -> state.equals(last.target()))
                .map(SanctionMention::imposer)
                .reduce((first, second) -> second);
    }

    /** Whether the sentence names {@code state} only before the cue, where it may be a subject, never its object. */
    private static boolean namedOnlyBefore(SentenceReading reading, String state, SanctionCues.Cue cue) {
        return reading.states().stream().filter(s -> s.code().equals(state)).allMatch(s -> s.end() <= cue.start());
    }

    /** "Hungary threatened to veto the EU's sanctions": a member's sanctions are its organisation's. */
    static String organisation(SentenceReading reading, String named, StoryContext context) {
        List<String> organisations = new ArrayList<>(
                reading.states().stream().map(StateMention::code).toList());
        context.lastSanction().ifPresent(last -> organisations.add(last.imposer()));
        String organisation = Memberships.organisationOf(named, organisations);
        return organisation == null ? named : organisation;
    }

    /** "The sanctions", "were sanctioned": the imposer the story last named, when the cue points back. */
    private static List<String> anaphoric(String lead, SanctionCues.Cue cue, StoryContext context) {
        boolean pointsBack = DEFINITE.matcher(lead).find() || cue.verb();
        return pointsBack
                ? context.lastSanction().map(last -> List.of(last.imposer())).orElse(List.of())
                : List.of();
    }

    /**
     * A target the sentence does not name: the speaker condemning sanctions on itself, else the
     * target the story last named ("Britain announced sanctions on the same company"), unless the
     * sentence says, near the cue, that the sanction hits anyone at all, which is a target of none.
     */
    private static List<String> unnamedTarget(
            SentenceReading reading,
            StoryContext context,
            SanctionCues.Cue cue,
            List<String> imposers,
            String condemning) {
        if (condemning != null && !imposers.contains(condemning)) {
            // a third state denouncing the imposer's measures in general words ("Lavrov criticised the
            // US move … illegitimate unilateral coercive measures") speaks of the sanction the story is
            // about, on its target's row; only without one is the speaker the state hit
            return thirdStatesTarget(context, imposers, condemning)
                    .map(List::of)
                    .orElse(List.of(condemning));
        }
        Matcher open = OPEN_TARGET.matcher(reading.lower());
        open.region(
                Math.max(0, cue.start() - OPEN_REACH), Math.min(reading.lower().length(), cue.end() + OPEN_REACH));
        if (open.find()) {
            return Collections.singletonList(null);
        }
        return context.lastSanction()
                .map(SanctionMention::target)
                .filter(t -> !imposers.contains(t))
                .map(List::of)
                .orElse(List.of());
    }

    /**
     * The state of the official the sentence is about, when the official acts on the sanction
     * ("Trump signed an order imposing …", "von der Leyen proposed …"), unless
     * the sentence names that state after the cue, where it is an object, not the actor, short of a
     * clause added after a comma.
     */
    private static Optional<String> actingOfficial(SentenceReading reading, SanctionCues.Cue cue, int from) {
        if (!cue.verb()
                && !OFFICIAL_ACT
                        .matcher(reading.lower())
                        .region(from, cue.start())
                        .find()) {
            return Optional.empty(); // "Putin said the sanctions had failed": he speaks of others' sanctions
        }
        Matcher afterthought = AFTERTHOUGHT.matcher(reading.lower());
        int objectEnd = afterthought.find(cue.end())
                ? afterthought.start()
                : reading.lower().length();
        return reading.speaker().map(Speaker::state).filter(state -> reading.states().stream()
                .filter(s -> s.code().equals(state))
                .noneMatch(s -> s.start() >= cue.start() && s.end() <= objectEnd));
    }
}
