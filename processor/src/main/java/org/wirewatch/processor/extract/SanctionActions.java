package org.wirewatch.processor.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.wirewatch.model.SanctionAction;
import org.wirewatch.processor.text.Alternatives;

/**
 * What is done with a sanction: the action whose wording stands nearest the cue, within the part
 * of the sentence that speaks of it. Without any such wording a sanction is in force: IMPOSED.
 */
final class SanctionActions {

    /** How far, in characters, action wording may stand from its cue. */
    private static final int NEAR = 60;

    /** Longer than any action wording: how far outside the NEAR window a relevant match may begin. */
    private static final int REACH = 100;

    private record ActionCue(SanctionAction action, Pattern pattern) {}

    /** Most specific first: on a tie the earlier one wins. */
    private static final List<ActionCue> ACTIONS = List.of(
            cue(
                    SanctionAction.DEMANDED_LIFT,
                    "\\b(?:demand|call|urg|press|insist|ask)(?:s|ed|ing|e)? (?:\\w+ ){0,4}?(?:for |on )?(?:the |an )?"
                            + "(?:lift(?:ing)?|end(?:ing)?|remov\\w*|scrap(?:ping)?)\\b|\\bwants? (?:the )?\\w+ lifted\\b"),
            cue(
                    SanctionAction.LIFTED,
                    "\\blift(?:s|ed|ing)?\\b(?!(?: [\\w-]+){0,7}? to (?:as (?:much|high) as |about |around |nearly )?\\$?\\d)|\\bremov(?:e|ed|es|ing|al)\\b|\\bscrap(?:s|ped|ping)?\\b"
                            + "|\\brevok(?:e|ed|es|ing)\\b|\\brescind(?:s|ed|ing)?\\b|\\bterminat(?:e|ed|es|ing)\\b"
                            + "|\\bdelist(?:s|ed|ing)?\\b|\\bunfr(?:eeze|eezes|oze|ozen)\\b|(?<!-)\\b(?:ended|ending|ends)\\b"
                            + "|\\b(?:to|will|would|and) end\\b"),
            cue(
                    SanctionAction.EASED,
                    "\\beas(?:e|ed|es|ing)\\b|\\brelief\\b|\\bwaivers?\\b|\\bwaive[ds]?\\b|\\bloosen(?:s|ed|ing)?\\b"
                            + "|\\brelax(?:es|ed|ing)?\\b|\\bsuspen(?:d|ds|ded|ding|sion)\\b|\\bgeneral licen[cs]es?\\b"),
            cue(
                    SanctionAction.EXTENDED,
                    "\\bextend(?:s|ed|ing)?\\b|\\bextension\\b|\\brenew(?:s|ed|ing|al)?\\b|\\bprolong(?:s|ed|ing)?\\b"
                            + "|\\broll(?:s|ed|ing)? (?:them |it )?over\\b|\\brollover\\b|\\bk(?:eep|eeps|ept) "
                            + "(?:\\w+ ){0,3}?in place\\b"
                            // "maintain its restrictive measures … for a further year": a renewal by its term
                            + "|\\bfor (?:a further|another) (?:\\w+ )?(?:years?|months?)\\b"),
            cue(
                    SanctionAction.THREATENED,
                    "\\bthreat(?:en(?:s|ed|ing)?)?\\b|\\bwarn(?:s|ed|ing)?\\b|\\brisk(?:s|ed|ing)?\\b"
                            + "|\\b(?:could|may|might) (?:\\w+ ){0,2}?(?:face|impose|sanction|target|hit|slap|trigger|bring|mean)\\b"
                            + "|\\b(?:would|will) (?:\\w+ ){0,2}?(?:face|trigger|bring|mean|result in|lead to)\\b"
                            // an answer promised to others' sanctions: "would retaliate against any US sanctions"
                            + "|\\b(?:would|will|'ll) (?:\\w+ )?retaliate against\\b"
                            + "|\\b(?:avoid|avert|stave off|head off|ward off)\\w*"
                            // a promise of an answer to come: "vowed firm countermeasures", "reserves the right to"
                            + "|\\bvow(?:s|ed|ing)?\\b|\\breserves? the right\\b|\\b(?:will|would|shall|'ll) (?:\\w+ )?take\\b(?! (?:effect|place|hold|time|years?|months?|weeks?|days?)\\b)"
                            + "|\\bnot hesitate\\b|\\bready to (?:\\w+ ){0,2}?(?:impose|use|take)\\b|\\bcould be (?:hit|sanctioned|targeted)\\b"),
            cue(
                    SanctionAction.CONSIDERED,
                    "\\bconsider(?:s|ed|ing)?\\b|\\bweigh(?:s|ed|ing)?\\b|\\bmull(?:s|ed|ing)?\\b"
                            + "|\\bprepar(?:e|es|ed|ing)\\b|\\bdraw(?:s|ing)? up\\b|\\bpropos(?:e|es|ed|ing|al|als)\\b"
                            + "|\\bdiscuss(?:es|ed|ing|ion|ions)?\\b|\\bexplor(?:e|es|ed|ing)\\b|\\bcontemplat\\w*"
                            + "|\\bon the table\\b|\\b(?:possible|potential)\\b"
                            // "we will look at sanctions"; to "keep looking at further measures" follows an act
                            + "|(?<!keep |keeps |kept )\\blook(?:s|ed|ing)? (?:at|into)\\b"),
            cue(
                    SanctionAction.IMPOSED,
                    "\\bimpos(?:e|ed|es|ing)\\b|\\breimpos\\w*|\\bslap(?:s|ped|ping)?\\b|\\bannounc(?:e|ed|es|ing)\\b"
                            + "|\\badopt(?:s|ed|ing)?\\b|\\bput(?:s|ting)?\\b|\\bplac(?:e|ed|es|ing)\\b"
                            + "|\\bintroduc(?:e|ed|es|ing)\\b|\\bsnap(?:s|ped)? back\\b|\\bsnapback\\b"
                            + "|\\bexpand(?:s|ed|ing)?\\b|\\b(?:come|comes|came|coming|went|go|goes|are|were|is|was) back (?:into|in) (?:force|effect|place)\\b|\\btighten(?:s|ed|ing)?\\b|\\breinstat\\w*|\\brestor(?:e|ed|es|ing)\\b"
                            // "under heavy US sanctions": in force, whatever the sentence goes on to discuss
                            + "|\\bunder(?= (?:[\\w.'\u2019-]+ ){0,3}?(?:sanctions?|embargo(?:es)?|restrictions)\\b)"));

    /**
     * A proposal governs its whole complement, however long: with no action wording near the cue,
     * the sanction is still only proposed.
     */
    private static final Pattern PROPOSAL = Alternatives.pattern(
            "\\bpropos(?:e|es|ed|ing|al)\\b|\\b(?:drafted|drafting|is considering|are considering|weighing)\\b");

    /** A future the speaker commits to: a threat when conditional, else the announcement of a decision. */
    private static final Pattern WOULD = Alternatives.pattern(
            "\\b(?:would|will|shall|'ll) (?:\\w+ ){0,2}?(?:impose|sanction|put|slap|introduce|target"
                    + "|hit|place|blacklist|designate|freeze|reimpose|restore)\\b");

    /** A warning whose complement is the future measure: "warned that it would put sanctions on …". */
    private static final Pattern WARNING = Alternatives.pattern("\\b(?:warn|threaten)\\w*");

    /** A state told it may face a measure: a threat however long the measure's description. */
    private static final Pattern FACING = Alternatives.pattern("\\b(?:would|could|may|might|will) (?:\\w+ )?face\\b");

    private static final int FACING_REACH = 100;

    /**
     * Readiness held out, however long the measure's description: "stood ready to respond swiftly,
     * in coordination with partners, including with new restrictive measures".
     */
    private static final Pattern READINESS = Alternatives.pattern(
            "\\b(?:stands?|stood|is|are|was|were|remains?|remained) (?:\\w+ )?(?:ready|prepared) [\"\u201c]?to\\b|\\bnot hesitate to\\b");

    private static final int READINESS_REACH = 150;

    /** A plan to act is not yet the act: "agreed on a roadmap to ease sanctions" is easing considered. */
    private static final Pattern PLAN_TO =
            Alternatives.pattern("\\b(?:plans?|roadmap|road map|blueprint) (?:\\w+ ){0,2}?to (?:\\w+ )?$");

    /** How far before an imposing word, in characters, its governing verb may stand. */
    private static final int GOVERNOR_REACH = 30;

    private static final Pattern FUTURE_LEAD = Alternatives.pattern("\\b(?:would|will|'ll) (?:\\w+ )?$");
    private static final Pattern THREAT_GOVERNS =
            Alternatives.pattern("\\bthreat(?:en|ens|ened|ening)? (?:\\w+ ){0,2}to (?:\\w+ )?$");
    private static final Pattern DELIBERATION_GOVERNS = Alternatives.pattern(
            "\\b(?:consider|weigh|mull|contemplat|explor)" + "\\w* (?:whether )?(?:to )?$|\\bpropos\\w* to $");

    private static final Pattern CONDITION = Alternatives.pattern("\\b(?:if|unless)\\b");

    /**
     * A relative clause after the cue telling the sanction's past ("would reimpose the sanctions
     * that were lifted under the deal"): its wording yields to the main clause's, if any.
     */
    private static final Pattern PAST_RELATIVE =
            Alternatives.pattern("\\b(?:that|which) (?:were|was|had been|have been|has been|had|have|has)\\b");

    private SanctionActions() {}

    /** The action of the sanction spoken of at {@code cue}, reading only {@code [from, to)}. */
    static SanctionAction of(String lower, SanctionCues.Cue cue, int from, int to) {
        Matcher relative = PAST_RELATIVE.matcher(lower).region(cue.end(), to);
        Nearest nearest = Nearest.NONE;
        if (relative.find()) {
            nearest = nearest(lower, cue, from, relative.start());
            if (nearest.at() < 0) {
                nearest = nearest(lower, cue, pastRelativeVerb(lower, relative.end(), to), to);
            }
        }
        if (nearest.at() < 0) {
            nearest = nearest(lower, cue, from, to);
        }
        SanctionAction best = nearest.action();
        int bestDistance = nearest.distance();
        int bestAt = nearest.at();
        if (bestAt >= 0 && best == SanctionAction.IMPOSED) {
            best = governed(lower, bestAt, from);
        }
        if (bestAt >= 0) {
            best = SanctionReversals.read(lower, best, bestAt, from, to);
            if (PLAN_TO.matcher(lower.substring(Math.max(from, bestAt - GOVERNOR_REACH), bestAt))
                    .find()) {
                best = SanctionAction.CONSIDERED;
            }
        } else if (PROPOSAL.matcher(lower).region(from, cue.start()).find()) {
            best =
                    SanctionAction
                            .CONSIDERED; // "proposed that the bloc phase out … as part of a sixth package of sanctions"
        }
        Matcher facing = FACING.matcher(lower);
        facing.region(Math.max(from, cue.start() - FACING_REACH), cue.start());
        if (facing.find()) {
            return SanctionAction.THREATENED; // "India would face a 25% tariff … plus a penalty"
        }
        if (READINESS
                .matcher(lower)
                .region(Math.max(from, cue.start() - READINESS_REACH), cue.start())
                .find()) {
            return SanctionAction.THREATENED;
        }
        if (hypothetical(lower, cue, from)) {
            return SanctionAction.THREATENED; // "Ankara would retaliate if Washington imposed sanctions"
        }
        int future = distance(WOULD.matcher(lower), cue, from, to);
        if (future < bestDistance) {
            boolean conditional = CONDITION.matcher(lower.substring(from, to)).find();
            boolean warned = WARNING.matcher(lower).region(from, cue.start()).find();
            return conditional || warned ? SanctionAction.THREATENED : SanctionAction.IMPOSED;
        }
        return best;
    }

    private static final Pattern NEXT_WORD = Alternatives.pattern("\\G\\s*[\\w-]+");

    /**
     * Where the relative clause's own verb ends ("sanctions that were lifted| under the deal came
     * back into force"): wording after it is the main clause's.
     */
    private static int pastRelativeVerb(String lower, int at, int to) {
        Matcher verb = NEXT_WORD.matcher(lower).region(at, to);
        return verb.find() ? verb.end() : at;
    }

    /** The action wording nearest the cue within {@code [from, to)}; {@code at} is -1 when there is none. */
    private record Nearest(SanctionAction action, int distance, int at) {
        static final Nearest NONE = new Nearest(SanctionAction.IMPOSED, Integer.MAX_VALUE, -1);
    }

    private static Nearest nearest(String lower, SanctionCues.Cue cue, int from, int to) {
        Nearest best = Nearest.NONE;
        for (ActionCue action : ACTIONS) {
            Matcher m = action.pattern().matcher(lower);
            int distance = distance(m, cue, from, to);
            if (distance < best.distance()) {
                best = new Nearest(action.action(), distance, nearestStart(m, cue, from, to, distance));
            }
        }
        return best;
    }

    /**
     * An imposing word governed by a verb of threat or deliberation right before it: "threatened
     * to impose", "warned that it would put", "is considering imposing", "proposed to introduce".
     * Else the imposition stands.
     */
    private static SanctionAction governed(String lower, int at, int from) {
        String lead = lower.substring(Math.max(from, at - GOVERNOR_REACH), at);
        boolean warnedFuture = FUTURE_LEAD.matcher(lead).find()
                && WARNING.matcher(lower).region(from, at).find(); // "warned that it would put sanctions on …"
        if (warnedFuture || THREAT_GOVERNS.matcher(lead).find()) {
            return SanctionAction.THREATENED;
        }
        return DELIBERATION_GOVERNS.matcher(lead).find() ? SanctionAction.CONSIDERED : SanctionAction.IMPOSED;
    }

    /** A sanction under "if" or "unless" in its own clause: not in force, held out as a threat. */
    private static boolean hypothetical(String lower, SanctionCues.Cue cue, int from) {
        Matcher condition = CONDITION.matcher(lower);
        condition.region(Math.max(from, cue.start() - NEAR), cue.start());
        while (condition.find()) {
            if (lower.indexOf(',', condition.end()) < 0 || lower.indexOf(',', condition.end()) > cue.start()) {
                return true;
            }
        }
        return false;
    }

    /** The distance from the cue to the nearest match within the window, or MAX_VALUE beyond NEAR. */
    private static int distance(Matcher m, SanctionCues.Cue cue, int from, int to) {
        int best = Integer.MAX_VALUE;
        // a match that could lie within NEAR of the cue starts at most this far before it
        int start = Math.max(from, cue.start() - NEAR - REACH);
        int end = Math.min(to, cue.end() + NEAR + REACH);
        if (start >= end) {
            return best;
        }
        m.region(start, end).useTransparentBounds(start > from || end < to);
        while (m.find()) {
            if (m.start() >= cue.start() && m.end() <= cue.end()) {
                continue; // the cue's own word ("new sanctions" is no action by itself when the cue is it)
            }
            int d = m.end() <= cue.start() ? cue.start() - m.end() : Math.max(0, m.start() - cue.end());
            if (d <= NEAR && d < best) {
                best = d;
            }
        }
        return best;
    }

    /** Where the match {@code distance} away from the cue starts. */
    private static int nearestStart(Matcher m, SanctionCues.Cue cue, int from, int to, int distance) {
        m.region(from, to);
        while (m.find()) {
            int d = m.end() <= cue.start() ? cue.start() - m.end() : Math.max(0, m.start() - cue.end());
            boolean own = m.start() >= cue.start() && m.end() <= cue.end();
            if (!own && d == distance) {
                return m.start();
            }
        }
        return -1;
    }

    /** Every action cue starts a word; said in the pattern, the matcher skips the inside of words at once. */
    private static ActionCue cue(SanctionAction action, String regex) {
        return new ActionCue(action, Alternatives.pattern("\\b(?:" + regex + ")"));
    }
}
