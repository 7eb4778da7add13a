package org.wirewatch.processor.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.wirewatch.model.SanctionAction;
import org.wirewatch.model.SanctionMention;
import org.wirewatch.model.SanctionReason;
import org.wirewatch.model.Story;
import org.wirewatch.processor.lexicon.StateMention;
import org.wirewatch.processor.lexicon.TermIndex;
import org.wirewatch.processor.text.Alternatives;

/**
 * Sanction mentions and the statements about them, sentence by sentence. A sentence may speak of
 * several sanctions ("the EU imposed …, and the United States blacklisted …"); each cue is read
 * in its own stretch of the sentence, and states named together each take their role.
 */
final class SanctionReader {

    private final WeaponFinder weapons;

    SanctionReader(WeaponFinder weapons) {
        this.weapons = weapons;
    }

    /**
     * Sanctions on no state, said so: "anyone who supplies …", a network, companies of any country,
     * unnamed countries picked out by what they do ("secondary tariffs on countries that buy …").
     */
    private static final Pattern OPEN_TARGET = Alternatives.pattern(
            "\\b(?:anyone|anybody|any (?:country|countries|company|companies|firm|firms|entity|entities|state|nation|party)"
                    + "|those who|those that|whoever|network|militia|cartel|group"
                    + "|(?:countries|nations|states|buyers|importers) (?:that|which|who)"
                    + "|(?:buyers|importers|purchasers) of)\\b");

    /** A subject's verb that holds a measure up rather than imposing it. */
    private static final Pattern BLOCKING = Alternatives.pattern(
            "^\\W*(?:\\w+\\s+){0,3}?(?:vetoe?d?|veto(?:es|ing)|block(?:s|ed|ing)|held up|hold(?:s|ing)? up|opposed|opposes)\\s"
                    + "(?:\\w+\\s+){0,2}$");

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
                    + "|prepar|draw)\\w*");

    /** How far from its cue an open target may stand: "those who voted" elsewhere in the sentence is no target. */
    private static final int OPEN_REACH = 60;

    /**
     * A member holding up its organisation's sanctions. "The veto" is talk about someone's veto
     * ("called the veto cynical"), not the speaker's own.
     */
    private static final Pattern VETO = Alternatives.pattern(
            "(?<!the )\\bveto|\\bblock(?:s|ed|ing)?\\b|\\bhold(?:s|ing)? up|\\bobject(?:s|ed|ion)|\\bresistance\\b");
    /**
     * A hold-up given up: "after Hungary lifted its objection", "dropped its veto", "dropped its
     * threat to block", "ended its months-long opposition to".
     */
    private static final Pattern VETO_DROPPED = Alternatives.pattern(
            "\\b(?:lift|drop|withdr[ae]w|abandon|end|waiv)\\w* (?:its|their|the|his|her) (?:[\\w-]+ ){0,2}$");
    /** Wording of a lifting still wished for, not done. */
    private static final Pattern WISH = Alternatives.pattern(
            "\\b(?:would|should|must|need|needs|want|wants|demand\\w*|call\\w*|aim\\w*|insist\\w*|expect\\w*)\\b");
    /** "its sanctions", "their measures": the sanctions of the state the sentence already named. */
    private static final Pattern POSSESSIVE = Alternatives.pattern("\\b(?:its|their)\\s+(?:\\w+\\s+)?$");

    /** A target's words against sanctions, including defiance of them ("we do not accept threats"). */
    static final Pattern CONDEMNATION = Alternatives.pattern(
            "\\b(?:condemn|denounc|illegal|illegitimate|unlawful|unilateral"
                    + "|hostile|baseless|unfounded|retaliat|blackmail|bullying|oppos|interference|economic (?:war|terror)"
                    + "|backfire|futile|pointless|counterproductive|self-defeating|not (?:\\w+ )?accept|bow to|invalid|null and void|unjust|unfair|unreasonable|double standard)");

    /** The sanctions the story already spoke of: "the sanctions", "its measures", "such sanctions". */
    private static final Pattern DEFINITE =
            Alternatives.pattern("\\b(?:the|its|their|these|those|such|them)\\s+(?:\\w+\\s+)?$");

    record Found(SanctionMention mention, org.wirewatch.model.Statement statement) {}

    /** The cheap relevance test: does the text use the word at all, in any case? */
    static boolean mentionsSanction(String text) {
        return SanctionCues.any(TermIndex.fold(text));
    }

    /** @param reading a sentence whose bare institutions are resolved ({@link StoryInstitutions}) */
    SanctionFindings read(SentenceReading reading, Story story, StoryContext context) {
        // most sentences name no sanction and have none to react to: nothing to read
        if (context.lastSanctions().isEmpty() && !SanctionCues.anchored(reading.lower())) {
            return SanctionFindings.NONE;
        }
        String lower = reading.lower();
        if (SanctionCues.otherSense(lower)) {
            return SanctionFindings.NONE;
        }
        boolean sanctionsStory = lower.contains("consequences") && mentionsSanction(story.body());
        List<SanctionCues.Cue> cues = groups(reading, SanctionCues.find(lower, sanctionsStory));
        if (reading.states().isEmpty() || cues.isEmpty()) {
            return SanctionReaction.toLastSanction(reading, story, context);
        }
        List<Found> found = new ArrayList<>();
        List<SanctionMention> named = new ArrayList<>();
        List<String> previous = List.of();
        for (int i = 0; i < cues.size(); i++) {
            int from = i == 0 ? 0 : cues.get(i - 1).end();
            int to = i + 1 < cues.size() ? cues.get(i + 1).start() : lower.length();
            SanctionAction action = SanctionActions.of(lower, cues.get(i), from, to);
            SanctionParties parties = parties(reading, context, cues.get(i), from, to, action, previous);
            if (parties == null) {
                continue;
            }
            List<SanctionMention> mentions = mentions(reading, story, context, parties, action);
            for (SanctionMention mention : mentions) {
                if (found.stream().noneMatch(f -> same(f.mention(), mention))) {
                    found.addAll(SanctionStatements.of(reading, story, mention));
                }
            }
            context.sanctions(mentions);
            named.addAll(mentions);
            previous = parties.imposers();
        }
        context.sanctions(named);
        return found.isEmpty() ? SanctionReaction.toLastSanction(reading, story, context) : new SanctionFindings(found);
    }

    /**
     * Who sanctions whom at one cue: as the sentence names them, else as the sentence's earlier
     * cue, the story's last sanction ("the sanctions") or the official acting ("Trump signed an
     * order imposing …") give them. Null when the cue only points back at the story's last
     * sanction ("the sanctions were illegal"), which is a reaction, not a new mention.
     */
    private static SanctionParties parties(
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
                && CONDEMNATION.matcher(reading.lower()).find()
                && organisation(reading, speaker, context).equals(speaker);
        if (condemns && imposers.equals(List.of(speaker))) {
            imposers.clear(); // "Moscow called the sanctions illegal": the speaker is hit, not imposing
            targets.add(0, speaker);
        }
        String lead = reading.lower().substring(from, cue.start());
        if (imposers.size() == 1 && blocks(reading, imposers.get(0), cue)) {
            imposers.clear(); // "Hungary had blocked the embargo": a member holding up, not an imposer
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
        if (targets.isEmpty()) {
            targets.addAll(unnamedTarget(reading, context, cue, imposers, condemns ? speaker : null));
        }
        return new SanctionParties(imposers, targets);
    }

    /** Each imposer's sanction on each target; a lone member's sanctions may be its organisation's. */
    private List<SanctionMention> mentions(
            SentenceReading reading,
            Story story,
            StoryContext context,
            SanctionParties parties,
            SanctionAction worded) {
        List<SanctionMention> mentions = new ArrayList<>();
        SanctionReason reason = armsRelated(reading) ? SanctionReason.ARMS_TRANSFER : null;
        List<String> imposers = parties.imposers();
        for (String named : imposers) {
            String imposer = imposers.size() == 1 ? organisation(reading, named, context) : named;
            SanctionAction action = heldUp(reading, imposer) ? SanctionAction.CONSIDERED : worded;
            for (String target : parties.targets()) {
                if (!imposer.equals(target)) {
                    mentions.add(mention(imposer, target, demanded(reading, target, action), reason, story, reading));
                }
            }
        }
        return mentions;
    }

    /** The target speaking of lifting what is still in force is demanding it: "a deal that would lift the sanctions". */
    private static SanctionAction demanded(SentenceReading reading, String target, SanctionAction action) {
        boolean lifting = action == SanctionAction.LIFTED || action == SanctionAction.EASED;
        boolean targetSpeaks = target != null && target.equals(reading.speakingState());
        return lifting && targetSpeaks && WISH.matcher(reading.lower()).find() ? SanctionAction.DEMANDED_LIFT : action;
    }

    /**
     * Cues with no state between them speak of one sanction ("sanctions and asset freezes on …"):
     * one cue spanning them, so that neither loses the other's parties.
     */
    private static List<SanctionCues.Cue> groups(SentenceReading reading, List<SanctionCues.Cue> cues) {
        List<SanctionCues.Cue> grouped = new ArrayList<>();
        for (SanctionCues.Cue cue : cues) {
            SanctionCues.Cue last = grouped.isEmpty() ? null : grouped.get(grouped.size() - 1);
            boolean stateBetween = last != null
                    && reading.states().stream().anyMatch(s -> s.start() >= last.end() && s.end() <= cue.start());
            if (last == null || stateBetween) {
                grouped.add(cue);
            } else {
                grouped.set(grouped.size() - 1, new SanctionCues.Cue(last.start(), cue.end(), last.verb()));
            }
        }
        return grouped;
    }

    /** Whether the only state imposing is the subject of a verb of holding the sanction up. */
    private static boolean blocks(SentenceReading reading, String imposer, SanctionCues.Cue cue) {
        return reading.states().stream()
                .filter(s -> s.code().equals(imposer) && s.end() <= cue.start())
                .anyMatch(s -> BLOCKING.matcher(reading.lower().substring(s.end(), cue.start()))
                        .find());
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
            return List.of(condemning);
        }
        Matcher open = OPEN_TARGET.matcher(reading.lower());
        open.region(
                Math.max(0, cue.start() - OPEN_REACH), Math.min(reading.lower().length(), cue.end() + OPEN_REACH));
        if (open.find()) {
            return java.util.Collections.singletonList(null);
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
    private static java.util.Optional<String> actingOfficial(SentenceReading reading, SanctionCues.Cue cue, int from) {
        if (!cue.verb()
                && !OFFICIAL_ACT
                        .matcher(reading.lower())
                        .region(from, cue.start())
                        .find()) {
            return java.util.Optional.empty(); // "Putin said the sanctions had failed": he speaks of others' sanctions
        }
        Matcher afterthought = AFTERTHOUGHT.matcher(reading.lower());
        int objectEnd = afterthought.find(cue.end())
                ? afterthought.start()
                : reading.lower().length();
        return reading.speaker().map(Speaker::state).filter(state -> reading.states().stream()
                .filter(s -> s.code().equals(state))
                .noneMatch(s -> s.start() >= cue.start() && s.end() <= objectEnd));
    }

    /** "Hungary threatened to veto the EU's sanctions": a member's sanctions are its organisation's. */
    private static String organisation(SentenceReading reading, String named, StoryContext context) {
        List<String> organisations = new ArrayList<>(
                reading.states().stream().map(StateMention::code).toList());
        context.lastSanction().ifPresent(last -> organisations.add(last.imposer()));
        String organisation = Memberships.organisationOf(named, organisations);
        return organisation == null ? named : organisation;
    }

    /** An organisation's sanctions a member holds up are still a proposal. */
    private static boolean heldUp(SentenceReading reading, String imposer) {
        return vetoed(reading) && Memberships.isOrganisation(imposer);
    }

    /** Whether the sentence has a member holding sanctions up, not one that gave up doing so. */
    static boolean vetoed(SentenceReading reading) {
        String lower = reading.lower();
        Matcher veto = VETO.matcher(lower);
        while (veto.find()) {
            if (!VETO_DROPPED
                    .matcher(lower.substring(Math.max(0, veto.start() - 30), veto.start()))
                    .find()) {
                return true;
            }
        }
        return false;
    }

    private static boolean same(SanctionMention a, SanctionMention b) {
        return a != null
                && a.imposer().equals(b.imposer())
                && java.util.Objects.equals(a.target(), b.target())
                && a.action() == b.action();
    }

    private static SanctionMention mention(
            String imposer,
            String target,
            SanctionAction action,
            SanctionReason reason,
            Story story,
            SentenceReading reading) {
        return new SanctionMention(
                imposer,
                target,
                List.of(),
                action,
                reason,
                story.id(),
                story.publishedAt(),
                reading.sentence().evidence());
    }

    private boolean armsRelated(SentenceReading reading) {
        return weapons.in(reading.sentence().text()).isPresent() && TransferParties.mentionsTransfer(reading.lower());
    }
}
