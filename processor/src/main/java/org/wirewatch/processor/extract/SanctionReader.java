package org.wirewatch.processor.extract;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.wirewatch.model.SanctionAction;
import org.wirewatch.model.SanctionMention;
import org.wirewatch.model.SanctionReason;
import org.wirewatch.model.SanctionsTopic;
import org.wirewatch.model.Stance;
import org.wirewatch.model.Statement;
import org.wirewatch.model.Story;
import org.wirewatch.processor.lexicon.StateMention;
import org.wirewatch.processor.lexicon.TermIndex;

/** Sanction mentions and imposers' statements about them, sentence by sentence. */
final class SanctionReader {

    private final WeaponFinder weapons;

    SanctionReader(WeaponFinder weapons) {
        this.weapons = weapons;
    }

    private static final Pattern SANCTION =
            Pattern.compile("\\bsanction(?:s|ed|ing)?\\b|\\brestrictive measures\\b|\\bembargo(?:es)?\\b"
                    + "|\\b(?:penalty|punitive|secondary) tariffs?\\b|\\bas a penalty for\\b|\\bmeasures against\\b");
    /** "Sanction" in other senses: sports bodies, approvals. */
    private static final Pattern OTHER_SENSE =
            Pattern.compile("\\b(?:fifa|uefa|league|club|olympic|doping|referee|approved|officially sanctioned)\\b");

    /** Between a state and "sanctions" when the state imposes them: "US", "EU's new", "Washington's". */
    private static final Pattern ATTRIBUTIVE = Pattern.compile(
            "(?:'s|\u2019s)?\\s*(?:(?:new|fresh|further|tough|tougher|additional|sweeping|economic|financial|secondary"
                    + "|unilateral|own|existing|latest|crippling)\\s+)*");
    /** "India could face US sanctions": the subject is the target. */
    private static final Pattern FACES = Pattern.compile(
            "\\b(?:face|faces|facing|faced|hit with|hit by|subject to|exposed to|escape|escaped|avoid|waiver for)\\b");
    /** Sanctions on no state, said so: "anyone who supplies …", a network, companies of any country. */
    private static final Pattern OPEN_TARGET = Pattern.compile(
            "\\b(?:anyone|anybody|any (?:country|company|companies|firm|firms|entity|entities|state|nation)|those who"
                    + "|those that|whoever|network|militia|cartel|group)\\b");

    /** A member holding up its organisation's sanctions. */
    private static final Pattern VETO =
            Pattern.compile("\\bveto|\\bblock(?:s|ed|ing)?\\b|\\bhold(?:s|ing)? up|\\bobject(?:s|ed|ion)");

    private static final Pattern CONDEMNATION = Pattern.compile(
            "\\b(?:condemn|denounc|illegal|unlawful|unilateral|hostile|baseless|unfounded|retaliat|blackmail|bullying)");

    /** Where the reason for a sanction begins; states named after it are not its target. */
    private static final Pattern REASON = Pattern.compile("\\b(?:for|over|because|after|in response to)\\b");

    private record ActionCue(SanctionAction action, Pattern pattern) {}

    private static final List<ActionCue> ACTIONS = List.of(
            cue(
                    SanctionAction.DEMANDED_LIFT,
                    "(?:demand|call|urg)(?:s|ed|ing)? (?:for )?(?:the )?(?:lifting|an end|remov)"),
            cue(SanctionAction.LIFTED, "\\b(?:lift(?:s|ed|ing)?|remov(?:e|ed|es|ing)|scrap(?:ped|s)?)\\b"),
            cue(SanctionAction.EASED, "\\beas(?:e|ed|es|ing)\\b|\\brelief\\b"),
            cue(SanctionAction.EXTENDED, "\\b(?:extend(?:s|ed|ing)?|renew(?:s|ed|ing)?|prolong(?:s|ed)?)\\b"),
            cue(
                    SanctionAction.THREATENED,
                    "\\b(?:threat(?:en(?:s|ed|ing)?)?|warn(?:s|ed|ing)?|could face|would face"
                            + "|(?:would|will|could|may|might) (?:impose|put|slap|introduce|place|face))\\b"),
            cue(SanctionAction.CONSIDERED, "\\b(?:consider(?:s|ed|ing)?|weigh(?:s|ed|ing)?|mull(?:s|ed|ing)?)\\b"),
            cue(
                    SanctionAction.IMPOSED,
                    "\\b(?:impos(?:e|ed|es|ing)|slap(?:s|ped)?|announc(?:e|ed|es)|"
                            + "sanctioned|designat(?:e|ed|es)|blacklist(?:ed|s)?|adopt(?:s|ed)|put|puts|placed"
                            + "|introduc(?:e|ed|es)|reimpos(?:e|ed|es|ing)|snap(?:ped)? back)\\b|new sanctions"));

    record Found(SanctionMention mention, Statement statement) {}

    /** The cheap relevance test: does the text use the word at all, in any case? */
    static boolean mentionsSanction(String text) {
        return SANCTION.matcher(TermIndex.fold(text)).find();
    }

    Optional<Found> read(SentenceReading reading, Story story, StoryContext context) {
        if (OTHER_SENSE.matcher(reading.lower()).find()) {
            return Optional.empty();
        }
        if (reading.states().isEmpty() || !SANCTION.matcher(reading.lower()).find()) {
            return reactionToLastSanction(reading, story, context);
        }
        SanctionAction worded = action(reading.lower());
        String named = imposer(reading, worded);
        if (named == null) {
            return Optional.empty();
        }
        // "Hungary threatened to veto the EU's sanctions": the sanctions are the EU's
        List<String> organisations = new java.util.ArrayList<>(
                reading.states().stream().map(StateMention::code).toList());
        context.lastSanction().ifPresent(last -> organisations.add(last.imposer())); // the story's sanctions
        String organisation = Memberships.organisationOf(named, organisations);
        String imposer = organisation == null ? named : organisation;
        boolean heldUp = VETO.matcher(reading.lower()).find() && Memberships.isOrganisation(imposer);
        SanctionAction action = heldUp ? SanctionAction.CONSIDERED : worded; // still a proposal
        String target = target(reading, imposer);
        String speaker = reading.speakingState();
        if (target == null
                && speaker != null
                && !speaker.equals(imposer)
                && CONDEMNATION.matcher(reading.lower()).find()) {
            target = speaker; // "North Korea denounced the latest U.N. sanctions": on itself
        }
        if (target == null && !OPEN_TARGET.matcher(reading.lower()).find()) {
            // "Britain announced sanctions on the same company": the target the story last named
            target = context.lastSanction()
                    .map(SanctionMention::target)
                    .filter(t -> !t.equals(imposer))
                    .orElse(null);
        }
        if (target == null && !OPEN_TARGET.matcher(reading.lower()).find()) {
            return Optional.empty(); // a sanction on nobody identifiable must say so ("anyone who …")
        }
        SanctionMention mention = new SanctionMention(
                imposer,
                target,
                List.of(),
                action,
                armsRelated(reading) ? SanctionReason.ARMS_TRANSFER : null,
                story.id(),
                story.publishedAt(),
                reading.sentence().evidence());
        context.sanction(mention);
        return Optional.of(new Found(mention, statement(reading, story, mention)));
    }

    /**
     * The state hit: named after "on", "against" or "of", else the first state after the word
     * "sanction" ("on three Iranian military officers", "Chinese drone makers"), up to the clause
     * giving the reason ("for supplying Russia …"), which names other states.
     */
    private static String target(SentenceReading reading, String imposer) {
        Matcher faces = FACES.matcher(reading.lower());
        if (faces.find()) {
            int at = faces.start();
            Optional<String> subject = reading.states().stream()
                    .filter(st -> st.end() <= at && !st.code().equals(imposer))
                    .reduce((first, second) -> second)
                    .map(StateMention::code);
            if (subject.isPresent()) {
                return subject.get();
            }
        }
        Matcher word = SANCTION.matcher(reading.lower());
        int from = word.find() ? word.start() : 0;
        Matcher reason = REASON.matcher(reading.lower());
        int to = reason.find(from) ? reason.start() : reading.lower().length();
        Optional<String> named = reading.stateAfter("on", "against", "of")
                .filter(s -> s.start() < to) // not "… for drones used against Ukrainian cities"
                .map(StateMention::code)
                .filter(code -> !code.equals(imposer));
        if (named.isPresent()) {
            return named.get();
        }
        return reading.states().stream()
                .filter(s -> s.start() >= from && s.start() < to && !s.code().equals(imposer))
                .map(StateMention::code)
                .findFirst()
                .orElse(null);
    }

    /**
     * "Tehran condemned the EU move as illegal", "we have gathered enough evidence," Borrell said: the
     * target or the imposer of the sanction the story last named speaking of it without repeating
     * "sanctions".
     */
    private static Optional<Found> reactionToLastSanction(SentenceReading reading, Story story, StoryContext context) {
        String speaker = reading.speakingState();
        if (speaker == null) {
            return Optional.empty();
        }
        return context.lastSanction().flatMap(last -> {
            if (speaker.equals(last.target())
                    && CONDEMNATION.matcher(reading.lower()).find()) {
                return Optional.of(new Found(null, statement(reading, story, last, Stance.CONDEMN)));
            }
            // the imposer explaining its decision: "We have gathered enough evidence," Borrell said
            Stance own = speaker.equals(last.imposer()) ? stance(speaker, last) : null;
            return own == null ? Optional.empty() : Optional.of(new Found(null, statement(reading, story, last, own)));
        });
    }

    /**
     * The action whose wording stands nearest the word "sanctions" (within a few words), most
     * specific first on a tie: in "agreed to extend the sanctions after Hungary lifted its
     * objection" the sanctions are extended, not lifted.
     */
    private static SanctionAction action(String lower) {
        Matcher word = SANCTION.matcher(lower);
        int at = word.find() ? word.start() : 0;
        SanctionAction best = SanctionAction.IMPOSED;
        int bestDistance = Integer.MAX_VALUE;
        for (ActionCue cue : ACTIONS) {
            Matcher m = cue.pattern().matcher(lower);
            while (m.find()) {
                int distance = m.start() < at ? at - m.end() : m.start() - at;
                if (distance < bestDistance && distance <= NEAR) {
                    best = cue.action();
                    bestDistance = distance;
                }
            }
        }
        return best;
    }

    /** How far, in characters, an action word may stand from "sanctions" to be its action. */
    private static final int NEAR = 60;

    /**
     * Who sanctions: the state right before the word ("US sanctions", "the EU's new sanctions"),
     * else the closest state before it (the subject of "Washington on Tuesday imposed sanctions");
     * for a demand to lift, the state the demand is addressed to.
     */
    private static String imposer(SentenceReading reading, SanctionAction action) {
        Matcher word = SANCTION.matcher(reading.lower());
        int at = word.find() ? word.start() : reading.lower().length();
        List<StateMention> before =
                reading.states().stream().filter(s -> s.end() <= at).toList();
        if (action == SanctionAction.DEMANDED_LIFT) {
            List<String> codes =
                    reading.states().stream().map(StateMention::code).distinct().toList();
            return codes.size() > 1 ? codes.get(1) : null;
        }
        for (StateMention state : before) {
            if (ATTRIBUTIVE.matcher(reading.lower().substring(state.end(), at)).matches()) {
                return state.code();
            }
        }
        Optional<StateMention> agent = reading.stateAfter("by"); // "sanctions imposed by the United States"
        if (agent.isPresent() && agent.get().start() > at) {
            return agent.get().code();
        }
        return before.isEmpty() ? null : before.get(before.size() - 1).code();
    }

    private boolean armsRelated(SentenceReading reading) {
        return weapons.in(reading.sentence().text()).isPresent() && TransferParties.mentionsTransfer(reading.lower());
    }

    private static Statement statement(SentenceReading reading, Story story, SanctionMention mention) {
        String speaker = reading.speakingState();
        boolean memberHoldingUp = speaker != null
                && Memberships.isMember(speaker, mention.imposer())
                && VETO.matcher(reading.lower()).find();
        Stance stance = speaker == null ? null : memberHoldingUp ? Stance.OPPOSE : stance(speaker, mention);
        return stance == null ? null : statement(reading, story, mention, stance);
    }

    private static Statement statement(SentenceReading reading, Story story, SanctionMention mention, Stance stance) {
        String speaker = reading.speakingState();
        return new Statement(
                speaker,
                reading.speakerName(),
                new SanctionsTopic(mention.imposer(), mention.target()),
                stance,
                reading.quote(),
                reading.isBackground(),
                story.id(),
                story.url(),
                story.publishedAt(),
                reading.sentence().evidence());
    }

    private static Stance stance(String speaker, SanctionMention mention) {
        if (speaker.equals(mention.target())) {
            return Stance.CONDEMN;
        }
        if (Memberships.isMember(speaker, mention.imposer())) {
            return mention.action() == SanctionAction.THREATENED ? Stance.OPPOSE : Stance.IMPOSE;
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
        boolean target = speaker.equals(mention.target()) || mention.action() == SanctionAction.DEMANDED_LIFT;
        return target ? Stance.CONDEMN : null;
    }

    private static ActionCue cue(SanctionAction action, String regex) {
        return new ActionCue(action, Pattern.compile(regex));
    }
}
