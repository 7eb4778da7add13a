package org.wirewatch.processor.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import org.wirewatch.model.SanctionAction;
import org.wirewatch.model.SanctionMention;
import org.wirewatch.model.SanctionReason;
import org.wirewatch.model.Story;
import org.wirewatch.processor.lexicon.StateNames;
import org.wirewatch.processor.lexicon.TermIndex;
import org.wirewatch.processor.text.Alternatives;

/**
 * Sanction mentions and the statements about them, sentence by sentence. A sentence may speak of
 * several sanctions ("the EU imposed …, and the United States blacklisted …"); each cue is read
 * in its own stretch of the sentence, and states named together each take their role.
 */
final class SanctionReader {

    private final WeaponFinder weapons;
    /** The gazetteer, for groups and releases that name their states outside the sentence. */
    private final StateNames states;

    SanctionReader(WeaponFinder weapons, StateNames states) {
        this.weapons = weapons;
        this.states = states;
    }

    /** Wording of a lifting still wished for, not done. */
    private static final Pattern WISH = Alternatives.pattern(
            "\\b(?:would|should|must|need|needs|want|wants|demand\\w*|call\\w*|aim\\w*|insist\\w*|expect\\w*)\\b");
    /** A target's words against sanctions, including defiance of them ("we do not accept threats"). */
    static final Pattern CONDEMNATION = Alternatives.pattern(
            "\\b(?:condemn|denounc|illegal|illegitimate|unlawful|unilateral"
                    + "|hostile|baseless|unfounded|retaliat|blackmail|bullying|interference"
                    // "oppose", not the political opposition or the opposite side, unless it is opposition to them
                    + "|oppos(?!ite|ition\\b(?! to\\b))|economic (?:war|terror)"
                    + "|backfire|futile|pointless|counterproductive|self-defeating|not (?:\\w+ )?accept|bow to|invalid|null and void|unjust|unfair|unreasonable|double standard"
                    // outside writers' wordings: "called the decision criminal", "it only hurts the people"
                    + "|criminal|arrogan|unfortunate|absurd|piracy|choke on"
                    // the measure itself rejected or judged wrong, in any writer's words: "rejected the
                    // measures", "called the measures illicit and immoral", "an insult to the people"
                    + "|reject\\w* (?:the |these |those |such |all |any |its |their |this |that )?(?:[\\w-]+ ){0,2}?"
                    + "(?:sanctions|measures|restrictions|penalties|decision|designations?|listings?|move|order)"
                    + "|illicit|immoral|an insult"
                    + "|(?:hurts?|harms?|punish(?:es)?) (?:the |ordinary |our |innocent )?(?:\\w+ )?(?:people|population|civilians))");

    record Found(SanctionMention mention, org.wirewatch.model.Statement statement) {}

    /** The cheap relevance test: does the text use the word at all, in any case? */
    static boolean mentionsSanction(String text) {
        String folded = TermIndex.fold(text);
        return SanctionCues.any(folded) || DesignatedNationals.mayName(folded);
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
        reading = SanctionCoalitions.widen(reading, story, states);
        boolean sanctionsStory = lower.contains("consequences") && mentionsSanction(story.body());
        // "designated four Israeli settlers": a designation of a state's people by any noun
        List<SanctionCues.Cue> cues =
                groups(reading, joined(SanctionCues.find(lower, sanctionsStory), DesignatedNationals.cues(reading)));
        if (cues.isEmpty() && !context.lastSanctions().isEmpty()) {
            cues = groups(reading, SanctionCues.backReferences(lower)); // "the measures, announced by …"
        }
        List<SanctionCues.Cue> ownCues = cues;
        // the reaction to the sanctions answered, read before the answer becomes the story's last sanction
        SanctionFindings answered = SanctionFindings.NONE;
        if (!context.lastSanctions().isEmpty()) {
            // "… said the sanctions were interference and that China will take resolute countermeasures":
            // the answer in kind is a sanction of its own, never one with the sanctions it answers
            cues = joined(cues, SanctionCues.counterMeasures(lower));
            if (cues.size() > ownCues.size() && !reading.states().isEmpty()) {
                answered = SanctionReaction.toLastSanction(reading, story, context);
            }
        }
        if (reading.states().isEmpty() || cues.isEmpty()) {
            return SanctionReaction.toLastSanction(reading, story, context);
        }
        List<Found> found = new ArrayList<>();
        List<SanctionMention> named = new ArrayList<>();
        List<String> previous = List.of();
        boolean ownFound = false;
        for (int i = 0; i < cues.size(); i++) {
            int from = i == 0 ? 0 : cues.get(i - 1).end();
            int to = i + 1 < cues.size() ? cues.get(i + 1).start() : lower.length();
            SanctionAction action = SanctionActions.of(lower, cues.get(i), from, to);
            SanctionParties parties =
                    SanctionAttribution.parties(reading, context, cues.get(i), from, to, action, previous);
            if (parties == null) {
                continue;
            }
            List<SanctionMention> mentions = mentions(reading, story, context, parties, action);
            ownFound |= !mentions.isEmpty() && ownCues.contains(cues.get(i));
            for (SanctionMention mention : mentions) {
                if (found.stream().noneMatch(f -> same(f.mention(), mention))) {
                    found.addAll(SanctionStatements.of(reading, story, mention, states));
                }
            }
            context.sanctions(mentions);
            named.addAll(mentions);
            previous = parties.imposers();
        }
        context.sanctions(named);
        if (!ownFound) {
            found.addAll(answered.all()); // "said the sanctions were interference and … countermeasures"
        }
        return found.isEmpty() ? SanctionReaction.toLastSanction(reading, story, context) : new SanctionFindings(found);
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
            String imposer = imposers.size() == 1 ? SanctionAttribution.organisation(reading, named, context) : named;
            SanctionAction action = SanctionVetoes.heldUp(reading, imposer) ? SanctionAction.CONSIDERED : worded;
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

    /** The cues with further ones found by other means, each where no cue already stands, in order. */
    private static List<SanctionCues.Cue> joined(List<SanctionCues.Cue> cues, List<SanctionCues.Cue> more) {
        if (more.isEmpty()) {
            return cues;
        }
        List<SanctionCues.Cue> all = new ArrayList<>(cues);
        for (SanctionCues.Cue extra : more) {
            if (cues.stream().noneMatch(c -> c.start() < extra.end() && extra.start() < c.end())) {
                all.add(extra);
            }
        }
        all.sort(Comparator.comparingInt(SanctionCues.Cue::start));
        return all;
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
