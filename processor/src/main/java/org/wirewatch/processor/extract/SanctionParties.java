package org.wirewatch.processor.extract;

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
 * and Belarus") each take the role.
 */
record SanctionParties(List<String> imposers, List<String> targets) {

    /** Between a state and the cue when the state imposes: "US", "EU's new", "Washington's". */
    private static final Pattern ATTRIBUTIVE = Alternatives.pattern(
            "(?:'s|\u2019s)?\\s*(?:(?:new|fresh|further|tough|tougher|additional|sweeping|economic|financial|secondary"
                    + "|unilateral|own|existing|latest|crippling|possible|targeted|punitive)\\s+)*");
    /** Between an adjective and the cue when the state is hit: "Russian oil embargo", "Iranian steel sanctions". */
    private static final Pattern HIT_SECTOR = Alternatives.pattern("\\s+(?:[a-z-]+\\s+){1,2}");
    /** "India could face US sanctions": the subject is the target. */
    private static final Pattern FACES = Alternatives.pattern("\\b(?:face|faces|facing|faced|hit (?:with|by)|subject to"
            + "|exposed to|escape|escaped|evade|evading|avoid|waiver for|exemption for)\\b");
    /**
     * "Under" governs the cue only right before it ("Iran, under US sanctions since 2018"); further
     * off it belongs to something else ("under a deal signed in Moscow, … sanctions").
     */
    private static final Pattern UNDER = Alternatives.pattern("\\bunder (?:[\\w.'\u2019-]+ ){0,3}$");
    /** How far before the cue, in characters, "face" or "hit by" may stand to govern it. */
    private static final int FACING_REACH = 100;
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
    /** Where the reason for a sanction begins; states named after it are not its target. */
    private static final Pattern REASON =
            Alternatives.pattern("\\b(?:for|over|because|after|in response to|in retaliation for|that|which|who)\\b");
    /** The cue as the whole the measures described before it belong to. */
    private static final Pattern PART_OF = Alternatives.pattern("\\bas (?:a )?part of (?:\\w+\\s+){0,4}$");
    /** The target as a pronoun right after the cue: "sanctions against it", "measures targeting them". */
    private static final Pattern PRONOUN_TARGET =
            Alternatives.pattern("\\s+(?:(?:imposed|adopted)\\s+)?(?:on|against|targeting)\\s+(?:it|them)\\b");
    /** Between two state adjectives of one list of targets: a kind of party, then the joining word. */
    private static final Pattern LISTED_KIND = Alternatives.pattern("\\s+[a-z-]+(?:\\s+(?:and|or)\\s+[a-z-]+)?"
            + "(?:\\s*,\\s*|\\s+and\\s+|\\s*,\\s*and\\s+|\\s+as well as\\s+|\\s+plus\\s+)(?:[a-z0-9-]+\\s+)?");
    /** A relative clause set off by commas; a state inside it is not the main clause's subject. */
    private static final Pattern ASIDE = Alternatives.pattern(",\\s*(?:which|who|whose|whom|where|when)\\b[^,]*,");
    /** Nouns after an adjective that make it a government acting: "British authorities", "US officials". */
    static final Pattern GOVERNMENT = Alternatives.pattern(
            "\\s+(?:government|authorities|officials|ministry"
                    + "|foreign|finance|commerce|treasury|state|leaders|lawmakers|parliament|president|prime|administration)\\b(?!-)");

    /**
     * A list of states set off after a group noun: "the United States and the three European
     * countries - Britain, France and Germany", "its allies (Japan and Australia)".
     */
    private static final Pattern APPOSED_LIST = Alternatives.pattern("\\s*(?:,|and|, and)\\s*(?:the|its|their)\\s+"
            + "(?:[\\w-]+\\s+){0,3}?(?:countries|powers|nations|states|allies|partners|members|governments)"
            + "\\s*(?:[-\u2013\u2014:(]|,)\\s*");

    static final Pattern POSSESSOR = Alternatives.pattern("(?:'s|\u2019s)\\s");
    /** What makes a state before the cue no subject: a place, or an object of a preposition. */
    private static final Pattern NOT_SUBJECT =
            Alternatives.pattern("\\b(?:in|on|against|to|from|with|for|of|at|into|toward|towards|by)\\s+(?:the\\s+)?$");

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
        List<String> facing = codes(facing(reading, cue, from, to, passive || agentAfter));
        List<String> imposers = codes(acting);
        imposers.removeAll(facing);
        if (imposers.isEmpty() && !facing.isEmpty() && !passive) {
            imposers = codes(warner(reading, from, cue.start(), facing)); // "Washington warned Ankara would face …"
        }
        List<String> targets = facing.isEmpty() ? codes(targets(reading, cue, from, to, imposers)) : facing;
        targets.removeAll(imposers);
        return new SanctionParties(imposers, targets);
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
            if (agent(lower, cue, state)) {
                return coordinated(reading, state, 1); // "sanctions imposed by the United States"
            }
        }
        if (passive) {
            return List.of(); // "Iranian firms were sanctioned": the agent is not named
        }
        for (int i = before.size() - 1; i >= 0; i--) {
            if (subject(reading, before.get(i), from, cue.start())) {
                List<StateMention> subjects = coordinated(reading, before.get(i), -1); // "Britain and France imposed …"
                if (!relativeSubject(reading, subjects.get(subjects.size() - 1), from)) {
                    return subjects;
                }
                i -= subjects.size() - 1;
            }
        }
        return List.of();
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
     * Whether {@code state} is the agent of the cue: after "by", in the cue's own clause and close
     * to it. A "by" further on belongs to another verb ("a drone … for use by Russia's military").
     */
    private static boolean agent(String lower, SanctionCues.Cue cue, StateMention state) {
        String between = lower.substring(cue.end(), state.start());
        return between.length() <= AGENT_REACH && between.indexOf(',') < 0 && between.matches("(?s).*\\bby (?:the )?$");
    }

    /**
     * Whether {@code state} may be the subject of the cue: not the object of a preposition, not
     * inside a relative clause set off by commas ("The measures, which Britain set in motion, …"),
     * and, for an adjective, one that names a government ("Chinese authorities"), not a thing.
     */
    private static boolean subject(SentenceReading reading, StateMention state, int from, int cue) {
        String lower = reading.lower();
        if (NOT_SUBJECT.matcher(lower.substring(from, state.start())).find()) {
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

    /** The subject of "face" ("India could face US sanctions") or of a passive cue is the state hit. */
    private static List<StateMention> facing(
            SentenceReading reading, SanctionCues.Cue cue, int from, int to, boolean passive) {
        String lower = reading.lower();
        Matcher faces = FACES.matcher(lower);
        faces.region(Math.max(from, cue.start() - FACING_REACH), Math.min(to, cue.start() + 1));
        Matcher under = UNDER.matcher(lower.substring(from, cue.start()));
        int subjectEnd =
                faces.find() ? faces.start() : under.find() ? from + under.start() : passive ? cue.start() : -1;
        if (subjectEnd >= 0) {
            List<StateMention> subjects = within(reading, from, subjectEnd);
            if (!subjects.isEmpty()) {
                return coordinated(reading, subjects.get(subjects.size() - 1), -1);
            }
        }
        return List.of();
    }

    /**
     * The state hit, otherwise: named after "on", "against", "targeting" or as an adjective after
     * the cue, up to the clause giving the reason ("for supplying Russia …"), which names other
     * states; for a penalty, the state penalised, named before it.
     */
    private static List<StateMention> targets(
            SentenceReading reading, SanctionCues.Cue cue, int from, int to, List<String> imposers) {
        String lower = reading.lower();
        boolean penalty = lower.startsWith("as a penalty", cue.start())
                || lower.startsWith("penalt", cue.start()) && !lower.startsWith("penalty tariff", cue.start());
        if (penalty) {
            return penalised(reading, from, cue.start(), imposers); // "a tariff on India as a penalty for …"
        }
        List<StateMention> before = within(reading, from, cue.start());
        if (!before.isEmpty()) {
            StateMention last = before.get(before.size() - 1);
            if (last.form() == NameForm.ADJECTIVE
                    && HIT_SECTOR
                            .matcher(lower.substring(last.end(), cue.start()))
                            .matches()) {
                return List.of(last); // "the Russian oil embargo"
            }
        }
        Matcher reason = REASON.matcher(lower);
        reason.region(cue.end(), to);
        int end = reason.find() ? reason.start() : to;
        List<StateMention> after = within(reading, cue.end(), end).stream()
                .filter(state -> !imposers.contains(state.code()))
                .toList();
        for (StateMention state : after) {
            String lead = lower.substring(Math.max(cue.end(), state.start() - 12), state.start());
            if (lead.matches("(?s).*\\b(?:on|against|targeting|at|of) (?:the )?$")) {
                return withListedKinds(reading, coordinated(reading, state, 1), end);
            }
        }
        if (after.isEmpty()
                && PART_OF.matcher(lower.substring(from, cue.start())).find()) {
            return subjectOf(
                    reading, cue, imposers, from); // "stop buying Iranian oil as part of a package of sanctions"
        }
        if (after.isEmpty()
                && PRONOUN_TARGET.matcher(lower).region(cue.end(), to).lookingAt()) {
            return subjectOf(reading, cue, imposers, 0); // "denounced the U.N. sanctions against it"
        }
        return after.isEmpty() ? List.of() : withListedKinds(reading, coordinated(reading, after.get(0), 1), end);
    }

    /**
     * The list continued by further kinds of party of other states: "Iranian individuals and
     * entities as well as Russian vessels", "Belarusian banks and two Russian insurers".
     */
    private static List<StateMention> withListedKinds(SentenceReading reading, List<StateMention> list, int end) {
        List<StateMention> joined = new ArrayList<>(list);
        StateMention last = list.get(list.size() - 1);
        for (StateMention next : within(reading, last.end(), end)) {
            boolean adjectives = last.form() == NameForm.ADJECTIVE && next.form() == NameForm.ADJECTIVE;
            if (!adjectives
                    || !LISTED_KIND
                            .matcher(reading.lower().substring(last.end(), next.start()))
                            .matches()) {
                break;
            }
            joined.add(next);
            last = next;
        }
        return joined;
    }

    /**
     * The first state from {@code from} to the cue that does not impose: whom "it" stands for, or
     * whose goods the measures a package is made of ("as part of …") are about.
     */
    private static List<StateMention> subjectOf(
            SentenceReading reading, SanctionCues.Cue cue, List<String> imposers, int from) {
        return within(reading, from, cue.start()).stream()
                .filter(s -> !imposers.contains(s.code()))
                .findFirst()
                .map(s -> coordinated(reading, s, 1))
                .orElse(List.of());
    }

    /** The measure a penalty clause explains stands before it: "a tariff on goods from India". */
    private static List<StateMention> penalised(SentenceReading reading, int from, int to, List<String> imposers) {
        for (StateMention state : within(reading, from, to)) {
            String lead = reading.lower().substring(Math.max(from, state.start() - 10), state.start());
            if (!imposers.contains(state.code()) && lead.matches("(?s).*\\b(?:on|from|against) (?:the )?$")) {
                return List.of(state);
            }
        }
        return List.of();
    }

    /** {@code anchor} with the states joined to it ("Britain, France and Germany"), walking {@code step}. */
    private static List<StateMention> coordinated(SentenceReading reading, StateMention anchor, int step) {
        List<StateMention> states = reading.states();
        List<StateMention> joined = new ArrayList<>(List.of(anchor));
        int i = states.indexOf(anchor);
        while (i + step >= 0 && i + step < states.size()) {
            StateMention next = states.get(i + step);
            StateMention left = step < 0 ? next : states.get(i);
            StateMention right = step < 0 ? states.get(i) : next;
            String between = reading.lower().substring(Math.min(left.end(), right.start()), right.start());
            if (left.end() > right.start()
                    || !SentenceReading.JOINED.matcher(between).matches()
                            && !APPOSED_LIST.matcher(between).matches()) {
                break;
            }
            if (step < 0 && objectOfPreposition(reading, next)) {
                break; // "a campaign on Iran, and the Treasury has designated …": two clauses, not two subjects
            }
            joined.add(next);
            i += step;
        }
        return joined;
    }

    private static boolean objectOfPreposition(SentenceReading reading, StateMention state) {
        return NOT_SUBJECT
                .matcher(reading.lower().substring(Math.max(0, state.start() - 20), state.start()))
                .find();
    }

    static List<StateMention> within(SentenceReading reading, int from, int to) {
        return reading.states().stream()
                .filter(s -> s.start() >= from && s.end() <= to)
                .toList();
    }

    static List<String> codes(List<StateMention> states) {
        List<String> codes = new ArrayList<>();
        states.stream().map(StateMention::code).filter(c -> !codes.contains(c)).forEach(codes::add);
        return codes;
    }
}
