package org.wirewatch.processor.extract;

import static org.wirewatch.processor.extract.NamedTogether.coordinated;
import static org.wirewatch.processor.extract.NamedTogether.within;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.wirewatch.processor.lexicon.NameForm;
import org.wirewatch.processor.lexicon.StateMention;
import org.wirewatch.processor.text.Alternatives;

/**
 * The state a sanction hits, as one stretch of a sentence names it: the subject of "face" or of a
 * passive cue, the object after "on" or "against", an adjective on the sector hit ("the Russian oil
 * embargo"), the state penalised before a penalty clause.
 */
final class SanctionTargets {

    /** Between an adjective and the cue when the state is hit: "Russian oil embargo", "Iranian steel sanctions". */
    private static final Pattern HIT_SECTOR = Alternatives.pattern("\\s+(?:[a-z-]+\\s+){1,2}");
    /** "India could face US sanctions": the subject is the target. */
    private static final Pattern FACES = Alternatives.pattern("\\b(?:face|faces|facing|faced|hit (?:with|by)|subject to"
            + "|exposed to|escape|escaped|evade|evading|avoid|waiver for|exemption for|risk|risks|risked|risking)\\b");
    /** "…, risking U.S. sanctions": a participle after a comma whose subject is the sentence's. */
    private static final Pattern PARTICIPLE_AFTER_COMMA = Alternatives.pattern(",\\s+(?:\\w+\\s+)?$");
    /** A verb whose object is hit "with" the measure: "threatened Russia with sanctions", "hit Iran with …". */
    private static final Pattern THREATENS_OBJECT =
            Alternatives.pattern("\\b(?:threat\\w*|hit|hits|slap\\w*|punish\\w*|target\\w*)\\s+(?:the\\s+)?$");
    /** Between such an object and the cue: "Russia with", "Chinese firms with new". */
    private static final Pattern WITH_MEASURE =
            Alternatives.pattern("(?:'s)?(?:\\s+[\\w-]+){0,2}?\\s+with\\s+(?:[\\w\"\u201c\u201d'-]+\\s+){0,3}");
    /**
     * A listing's object, named before the list: "added 12 Chinese entities to its entity list",
     * "put three Russian banks on the blacklist".
     */
    private static final Pattern LISTED_OBJECT = Alternatives.pattern(
            "\\b(?:add|put|plac|includ)\\w*\\s+(.{1,80}?)\\s+(?:to|on|in)\\s+(?:the\\s+|its\\s+|their\\s+|a\\s+)?(?:[\\w-]+\\s+){0,3}$");
    /**
     * "Under" governs the cue only right before it ("Iran, under US sanctions since 2018"); further
     * off it belongs to something else ("under a deal signed in Moscow, … sanctions").
     */
    private static final Pattern UNDER = Alternatives.pattern("\\bunder (?:[\\w.'\u2019-]+ ){0,3}$");
    /** How far before the cue, in characters, "face" or "hit by" may stand to govern it. */
    private static final int FACING_REACH = 100;
    /** Where the reason for a sanction or a further clause begins; states named after it are not its target. */
    private static final Pattern REASON =
            Alternatives.pattern("\\b(?:for|over|because|after|in response to|in retaliation for|that|which|who)\\b"
                    // a further clause: "… its export ban on palm oil, and Britain lowered …"
                    + "|,\\s+(?:and|but|while|whereas)\\b|;"
                    // a participle clause of saying or explaining: "…, saying the waiver was needed to mend
                    // ties with Germany"; not one that goes on naming what is hit ("…, targeting Iran's …")
                    + "|,\\s+(?:saying|adding|arguing|citing|noting|explaining|calling|describing|claiming|stressing)\\b"
                    // an apposition on the whole measure: "… an arms embargo, a step diplomats say the
                    // veto power of China and Russia rules out" names no target of it
                    + "|,\\s+(?:a|an)\\s");
    /** The cue as the whole the measures described before it belong to. */
    private static final Pattern PART_OF = Alternatives.pattern("\\bas (?:a )?part of (?:\\w+\\s+){0,4}$");
    /** The target as a pronoun right after the cue: "sanctions against it", "measures targeting them". */
    private static final Pattern PRONOUN_TARGET =
            Alternatives.pattern("\\s+(?:(?:imposed|adopted)\\s+)?(?:on|against|targeting)\\s+(?:it|them)\\b");
    /** Between two state adjectives of one list of targets: a kind of party, then the joining word. */
    private static final Pattern LISTED_KIND = Alternatives.pattern("\\s+[a-z-]+(?:\\s+(?:and|or)\\s+[a-z-]+)?"
            + "(?:\\s*,\\s*|\\s+and\\s+|\\s*,\\s*and\\s+|\\s+as well as\\s+|\\s+plus\\s+)(?:[a-z0-9-]+\\s+)?");

    private SanctionTargets() {}

    /** The subject of "face" ("India could face US sanctions") or of a passive cue is the state hit. */
    static List<StateMention> facing(SentenceReading reading, SanctionCues.Cue cue, int from, int to, boolean passive) {
        String lower = reading.lower();
        List<StateMention> threatened = threatenedWith(reading, cue, from);
        if (!threatened.isEmpty()) {
            return threatened;
        }
        Matcher faces = FACES.matcher(lower);
        faces.region(Math.max(from, cue.start() - FACING_REACH), Math.min(to, cue.start() + 1));
        boolean found = faces.find();
        if (found
                && lower.charAt(faces.end() - 1) == 'g'
                && PARTICIPLE_AFTER_COMMA
                        .matcher(lower.substring(from, faces.start()))
                        .find()) {
            return sentenceSubject(reading, from, faces.start()); // "India signed …, risking U.S. sanctions"
        }
        // "India, under US sanctions": a noun in force; a verb ("under which Washington sanctioned") has its own
        // subject
        Matcher under = UNDER.matcher(cue.verb() ? "" : lower.substring(from, cue.start()));
        int subjectEnd = found ? faces.start() : under.find() ? from + under.start() : passive ? cue.start() : -1;
        if (subjectEnd >= 0) {
            List<StateMention> subjects = within(reading, from, subjectEnd);
            if (!subjects.isEmpty()) {
                return coordinated(reading, subjects.get(subjects.size() - 1), -1);
            }
        }
        return List.of();
    }

    /** The object of a threat "with" the measure: "threatened Russia with sanctions". */
    private static List<StateMention> threatenedWith(SentenceReading reading, SanctionCues.Cue cue, int from) {
        String lower = reading.lower();
        for (StateMention state : within(reading, from, cue.start())) {
            if (THREATENS_OBJECT
                            .matcher(lower.substring(Math.max(from, state.start() - 20), state.start()))
                            .find()
                    && WITH_MEASURE
                            .matcher(lower.substring(state.end(), cue.start()))
                            .matches()) {
                return coordinated(reading, state, 1);
            }
        }
        return List.of();
    }

    /** The first state of the clause before a participle that may be its subject: "India signed …, risking". */
    private static List<StateMention> sentenceSubject(SentenceReading reading, int from, int to) {
        return within(reading, from, to).stream()
                .filter(s -> !NamedTogether.NOT_SUBJECT
                        .matcher(reading.lower().substring(from, s.start()))
                        .find())
                .findFirst()
                .map(s -> coordinated(reading, s, 1))
                .orElse(List.of());
    }

    /**
     * The state hit, otherwise: named after "on", "against", "targeting" or as an adjective after
     * the cue, up to the clause giving the reason ("for supplying Russia …"), which names other
     * states; for a penalty, the state penalised, named before it.
     */
    static List<StateMention> named(
            SentenceReading reading, SanctionCues.Cue cue, int from, int to, List<String> imposers) {
        String lower = reading.lower();
        boolean penalty = lower.startsWith("as a penalty", cue.start())
                || lower.startsWith("penalt", cue.start()) && !lower.startsWith("penalty tariff", cue.start());
        if (penalty) {
            return penalised(reading, from, cue.start(), imposers); // "a tariff on India as a penalty for …"
        }
        List<StateMention> listed = listedObject(reading, cue, from, imposers);
        if (!listed.isEmpty()) {
            return listed;
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
            if (lead.matches("(?s).*\\b(?:on|against|targeting|at|of) (?:the )?$") || exportTo(lower, cue, lead)) {
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

    /** "An export ban on drone parts to Iran": an export measure hits the state the goods may not go to. */
    private static boolean exportTo(String lower, SanctionCues.Cue cue, String lead) {
        return lower.startsWith("export", cue.start()) && lead.matches("(?s).*\\bto (?:the )?$");
    }

    /** The states in the object of a listing, before the list: "added 12 Chinese entities to its entity list". */
    private static List<StateMention> listedObject(
            SentenceReading reading, SanctionCues.Cue cue, int from, List<String> imposers) {
        Matcher listing = LISTED_OBJECT.matcher(reading.lower()).region(from, cue.start());
        if (!listing.find()) {
            return List.of();
        }
        return within(reading, listing.start(1), listing.end(1)).stream()
                .filter(s -> !imposers.contains(s.code()))
                .findFirst()
                .map(s -> withListedKinds(reading, coordinated(reading, s, 1), listing.end(1)))
                .orElse(List.of());
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
}
