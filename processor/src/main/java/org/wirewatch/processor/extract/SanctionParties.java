package org.wirewatch.processor.extract;

import static org.wirewatch.processor.extract.NamedTogether.codes;
import static org.wirewatch.processor.extract.NamedTogether.coordinated;
import static org.wirewatch.processor.extract.NamedTogether.within;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.wirewatch.model.SanctionAction;
import org.wirewatch.processor.lexicon.NameForm;
import org.wirewatch.processor.lexicon.StateMention;
import org.wirewatch.processor.text.Alternatives;

/**
 * Who sanctions whom at one cue, read within the stretch of the sentence that belongs to it (the
 * cue's span between its neighbours). Either list may be empty when the stretch names nobody;
 * several states are named together ("Britain, France and Germany imposed …", "sanctions on Russia
 * and Belarus") each take the role. This class finds the imposers; {@link SanctionTargets} the
 * states hit.
 */
record SanctionParties(List<String> imposers, List<String> targets) {

    /** Between a state and the cue when the state imposes: "US", "EU's new", "Washington's". */
    private static final Pattern ATTRIBUTIVE = Alternatives.pattern(
            "(?:'s|\u2019s)?\\s*(?:(?:new|fresh|further|tough|tougher|additional|sweeping|economic|financial|secondary"
                    + "|unilateral|own|existing|latest|crippling|possible|targeted|punitive)\\s+)*");
    /**
     * A relative pronoun right before a subject: "which Britain …". Not "that", which as often
     * opens reported speech ("warned Beijing that Washington would …").
     */
    private static final Pattern RELATIVE_LEAD = Alternatives.pattern("\\b(?:which|whom)\\s+(?:the\\s+)?$");
    /** How far after the cue, in characters, the "by" of its agent may end ("imposed on … by"). */
    private static final int AGENT_REACH = 60;
    /** A cue in the passive: what stands before it is hit, the agent follows "by". */
    private static final Pattern PASSIVE =
            Alternatives.pattern("\\b(?:was|were|been|being|is|are|be|get|got)\\s+(?:\\w+\\s+)?$");
    /** A relative clause set off by commas; a state inside it is not the main clause's subject. */
    private static final Pattern ASIDE = Alternatives.pattern(",\\s*(?:which|who|whose|whom|where|when)\\b[^,]*,");
    /** Nouns after an adjective that make it a government acting: "British authorities", "US officials". */
    static final Pattern GOVERNMENT = Alternatives.pattern(
            "\\s+(?:government|authorities|officials|ministry"
                    + "|foreign|finance|commerce|treasury|state|leaders|lawmakers|parliament|president|prime|administration)\\b(?!-)");

    static final Pattern POSSESSOR = Alternatives.pattern("(?:'s|\u2019s)\\s");

    /** A subject's verb joining another state in its act, right before that state: "joined the". */
    private static final Pattern JOINS = Alternatives.pattern("\\bjoin(?:s|ed|ing)?\\s+(?:the\\s+)?$");
    /** Between a cue and the organisation owning it: "resolutions of the", "regime of". */
    private static final Pattern OWNED_BY =
            Alternatives.pattern("[\"\u201d]?(?:\\s+[\\w-]+[\"\u201d]?)?\\s+of\\s+(?:the\\s+)?");

    /**
     * The sanctions a state answers, named with their agent: "Russia pulled out of the talks, in
     * retaliation for sanctions imposed by Tokyo". The agent imposes; the subject that answers is hit.
     */
    private static final Pattern ANSWERING = Alternatives.pattern(
            "\\bin (?:retaliation|response|reply|answer) (?:for|to) (?:the |its |their )?(?:[\\w-]+ ){0,3}$");

    /**
     * An answer promised to others' sanctions, before their imposer: "Beijing warned it would
     * retaliate against any US sanctions". The sanctions named are the other state's, yet to come;
     * the act the sentence tells is the answering subject's, on that state.
     */
    private static final Pattern RETALIATING_AGAINST = Alternatives.pattern(
            "\\b(?:retaliat\\w*|hit(?:s|ting)? back|respond\\w*|counter\\w*) (?:against|to|at) (?:(?:any|new|further"
                    + "|fresh|future|possible|additional|such|the) )*$");

    /** The parties at {@code cue}, reading {@code [from, to)} of the sentence. */
    static SanctionParties of(SentenceReading reading, SanctionCues.Cue cue, int from, int to, SanctionAction action) {
        if (action == SanctionAction.DEMANDED_LIFT) {
            return SanctionDemands.parties(reading, from, to);
        }
        String lower = reading.lower();
        boolean participle = lower.substring(cue.start(), cue.end()).matches("\\w+(?:ed|en)\\b.*");
        boolean passive = cue.verb()
                && participle
                && PASSIVE.matcher(lower.substring(from, cue.start())).find();
        List<StateMention> acting = imposers(reading, cue, from, to, passive);
        // "Chinese firms were added to the entity list by the Commerce Department": an agent after
        // the cue makes the sentence passive whatever the cue's word class
        boolean agentAfter = !acting.isEmpty() && acting.get(0).start() >= cue.end();
        if (agentAfter && ANSWERING.matcher(lower.substring(from, cue.start())).find()) {
            List<String> imposing = codes(acting);
            List<String> answering = within(reading, from, cue.start()).stream()
                    .filter(s -> !NamedTogether.NOT_SUBJECT
                            .matcher(lower.substring(from, s.start()))
                            .find())
                    .map(StateMention::code)
                    .filter(code -> !imposing.contains(code))
                    .limit(1)
                    .toList();
            if (!answering.isEmpty()) {
                return new SanctionParties(imposing, answering);
            }
        }
        if (!acting.isEmpty() && !agentAfter) {
            List<String> answering = retaliating(reading, acting.get(acting.size() - 1), from);
            if (!answering.isEmpty()) {
                return new SanctionParties(answering, codes(acting));
            }
        }
        List<String> facing = codes(SanctionTargets.facing(reading, cue, from, to, passive || agentAfter));
        List<String> imposers = codes(acting);
        imposers.removeAll(facing);
        if (imposers.isEmpty() && !facing.isEmpty() && !passive) {
            imposers = codes(warner(reading, from, cue.start(), facing)); // "Washington warned Ankara would face …"
        }
        List<String> targets =
                facing.isEmpty() ? codes(SanctionTargets.named(reading, cue, from, to, imposers)) : facing;
        targets.removeAll(imposers);
        return new SanctionParties(imposers, targets);
    }

    /**
     * The subject promising to answer the sanctions of {@code imposer} ("Beijing warned it would
     * retaliate against any US sanctions"), or none when no such answer stands before them.
     */
    private static List<String> retaliating(SentenceReading reading, StateMention imposer, int from) {
        String lower = reading.lower();
        if (!RETALIATING_AGAINST.matcher(lower.substring(from, imposer.start())).find()) {
            return List.of();
        }
        return within(reading, from, imposer.start()).stream()
                .filter(s -> !s.code().equals(imposer.code()))
                .filter(s -> subject(reading, s, from, imposer.start()))
                .findFirst()
                .map(s -> codes(coordinated(reading, s, 1)))
                .orElse(List.of());
    }

    private static List<StateMention> imposers(
            SentenceReading reading, SanctionCues.Cue cue, int from, int to, boolean passive) {
        String lower = reading.lower();
        List<StateMention> before = within(reading, from, cue.start());
        boolean modifiable = !cue.verb() && !lower.startsWith("as a", cue.start()); // "US sanctions", not "US as a"
        for (StateMention state : before) {
            if (modifiable
                    && ATTRIBUTIVE
                            .matcher(lower.substring(state.end(), cue.start()))
                            .matches()) {
                return coordinated(reading, state, -1); // "US and EU sanctions", "Washington's sanctions"
            }
        }
        for (StateMention state : within(reading, cue.end(), to)) {
            if (agent(lower, cue, state) || organisationOwning(lower, cue, state)) {
                return coordinated(reading, state, 1); // "sanctions imposed by the United States"
            }
        }
        if (passive) {
            return List.of(); // "Iranian firms were sanctioned": the agent is not named
        }
        for (int i = before.size() - 1; i >= 0; i--) {
            if (subject(reading, before.get(i), from, cue.start())) {
                List<StateMention> subjects = coordinated(reading, before.get(i), -1); // "Britain and France imposed …"
                if (!relativeSubject(reading, subjects.get(subjects.size() - 1), from)
                        || ownPredicate(lower, subjects.get(0), cue)) {
                    return withJoiner(reading, subjects, from); // "Japan joined the United States in …"
                }
                i -= subjects.size() - 1;
            }
        }
        return List.of();
    }

    /**
     * The subjects with the state that joins them in the act: in "Japan joined the United States in
     * sanctioning …" both sanction, though the verb's subject is Japan alone.
     */
    private static List<StateMention> withJoiner(SentenceReading reading, List<StateMention> subjects, int from) {
        StateMention first = subjects.get(subjects.size() - 1);
        Matcher joins = JOINS.matcher(reading.lower()).region(from, first.start());
        if (!joins.find()) {
            return subjects;
        }
        List<StateMention> joiners = within(reading, from, joins.start());
        if (joiners.isEmpty() || !subject(reading, joiners.get(joiners.size() - 1), from, joins.start())) {
            return subjects;
        }
        List<StateMention> all = new ArrayList<>(subjects);
        all.addAll(coordinated(reading, joiners.get(joiners.size() - 1), -1));
        return all;
    }

    /**
     * Whether {@code state} is the organisation the cue belongs to, named right after it: "the
     * sanctions resolutions of the UN Security Council", "the restrictive measures of the EU". Only an
     * organisation: "sanctions of Russia" would as often mean sanctions on it.
     */
    private static boolean organisationOwning(String lower, SanctionCues.Cue cue, StateMention state) {
        return Memberships.isOrganisation(state.code())
                && OWNED_BY.matcher(lower.substring(cue.end(), state.start())).matches();
    }

    /**
     * The subject before the state told it would face a measure: the one who warns of it. The walk
     * skips the states facing it, which stand nearer the cue.
     */
    private static List<StateMention> warner(SentenceReading reading, int from, int cue, List<String> facing) {
        List<StateMention> before = within(reading, from, cue);
        for (int i = before.size() - 1; i >= 0; i--) {
            StateMention state = before.get(i);
            if (!facing.contains(state.code()) && subject(reading, state, from, cue)) {
                return coordinated(reading, state, -1);
            }
        }
        return List.of();
    }

    /**
     * Whether the list of states starting at {@code first} is the subject of a relative clause
     * ("the measures, which Britain, France and Germany set in motion, restore …"): they act in
     * that clause, not in the one that holds the cue.
     */
    private static boolean relativeSubject(SentenceReading reading, StateMention first, int from) {
        String lead = reading.lower().substring(Math.max(from, first.start() - 12), first.start());
        return RELATIVE_LEAD.matcher(lead).find();
    }

    /**
     * Whether the cue is the verb of the clause {@code subject} opens, with nothing set off between:
     * "the law under which Washington sanctioned Turkey's agency" is Washington's own act, though
     * in a relative clause.
     */
    private static boolean ownPredicate(String lower, StateMention subject, SanctionCues.Cue cue) {
        return cue.verb()
                && cue.start() >= subject.end()
                && lower.substring(subject.end(), cue.start()).indexOf(',') < 0;
    }

    /**
     * Whether {@code state} is the agent of the cue: after "by", in the cue's own clause and close
     * to it. A "by" further on belongs to another verb ("a drone … for use by Russia's military").
     */
    private static boolean agent(String lower, SanctionCues.Cue cue, StateMention state) {
        // "the measures, announced by …": a participle set off right after the cue still has the cue as its object
        String between = lower.substring(cue.end(), state.start()).replaceFirst("^,\\s+(?=\\w+ed by )", "");
        return between.length() <= AGENT_REACH && between.indexOf(',') < 0 && between.matches("(?s).*\\bby (?:the )?$");
    }

    /** "and" or "or" alone between two states: one list, in whatever role its first member has. */
    private static final Pattern CONJUNCT = Alternatives.pattern("\\s+(?:and|or)\\s+(?:the\\s+)?");

    /**
     * Whether {@code state} is joined by a bare "and" to a state that is the object of a
     * preposition: in "the United States, in coordination with Canada and the United Kingdom, is
     * imposing", Britain is Canada's fellow object, not the subject.
     */
    private static boolean conjunctOfObject(SentenceReading reading, StateMention state, int from) {
        List<StateMention> before = within(reading, from, state.start());
        if (before.isEmpty()) {
            return false;
        }
        StateMention previous = before.get(before.size() - 1);
        String lower = reading.lower();
        return previous.end() <= state.start()
                && CONJUNCT.matcher(lower.substring(previous.end(), state.start()))
                        .matches()
                && NamedTogether.NOT_SUBJECT
                        .matcher(lower.substring(from, previous.start()))
                        .find();
    }

    /**
     * Whether {@code state} may be the subject of the cue: not the object of a preposition, not
     * inside a relative clause set off by commas ("The measures, which Britain set in motion, …"),
     * and, for an adjective, one that names a government ("Chinese authorities"), not a thing.
     */
    private static boolean subject(SentenceReading reading, StateMention state, int from, int cue) {
        String lower = reading.lower();
        if (NamedTogether.NOT_SUBJECT
                        .matcher(lower.substring(from, state.start()))
                        .find()
                || conjunctOfObject(reading, state, from)) {
            return false;
        }
        Matcher aside = ASIDE.matcher(lower);
        aside.region(from, cue);
        while (aside.find()) {
            if (aside.start() < state.start() && aside.end() > state.end()) {
                return false;
            }
        }
        String rest = lower.substring(state.end());
        if (POSSESSOR.matcher(rest).lookingAt()) {
            return GOVERNMENT.matcher(rest.substring(2)).lookingAt(); // "Russia's largest lender" is no subject
        }
        return state.form() != NameForm.ADJECTIVE || GOVERNMENT.matcher(rest).lookingAt();
    }
}
