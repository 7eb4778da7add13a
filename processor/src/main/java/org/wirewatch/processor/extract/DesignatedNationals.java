package org.wirewatch.processor.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.wirewatch.processor.lexicon.NameForm;
import org.wirewatch.processor.lexicon.StateMention;
import org.wirewatch.processor.text.Alternatives;

/**
 * A designation whose object is a state's people or bodies, whatever the noun: "designated four
 * Israeli settlers", "designated the Eritrean Defence Forces", "designated Myanmar's election
 * commission". Writers name the sanctioned by any noun (settlers, judges, monks, a commission), so
 * the verb is an act of sanctioning when a nationality adjective or a state's possessive opens its
 * object; a government designating holidays, sites or targets names no state's people.
 */
final class DesignatedNationals {

    /** The verb of designating, not its participle used as an adjective or with its agent. */
    private static final Pattern DESIGNATES = Alternatives.pattern("\\bdesignat(?:e|es|ed|ing)\\b(?! by\\b| as\\b)");

    /** Between the verb and the state: a determiner or a count, at most three words ("four more"). */
    private static final Pattern OBJECT_LEAD = Alternatives.pattern("\\s+(?:[\\w-]+\\s+){0,3}?");

    /** A word that makes the lead something else than the object's determiners: a clause or a preposition. */
    private static final Pattern NOT_OBJECT =
            Alternatives.pattern("\\b(?:by|as|under|in|on|for|from|to|with|that|which|who|and|or|of)\\b");

    /**
     * The object given a role in its own clause ("designated two border towns as trade hubs"): a
     * naming, not a listing, unless the role is a terrorist one, which is a listing.
     */
    private static final Pattern AS_ROLE =
            Alternatives.pattern("^[^,;]*?\\bas (?!(?:an? |the )?(?:[\\w-]+ ){0,2}?terror)");

    private DesignatedNationals() {}

    /**
     * The cheap relevance test: whether the text designates anyone at all. Whether a state's people
     * are the object needs the states, read only once the story is split.
     */
    static boolean mayName(String lower) {
        return lower.contains("designat") && DESIGNATES.matcher(lower).find();
    }

    /** The designating verbs of the sentence whose object is a state's nationals or bodies. */
    static List<SanctionCues.Cue> cues(SentenceReading reading) {
        String lower = reading.lower();
        List<SanctionCues.Cue> cues = new ArrayList<>();
        Matcher verb = DESIGNATES.matcher(lower);
        while (verb.find()) {
            for (StateMention state : reading.states()) {
                if (state.start() <= verb.end()) {
                    continue;
                }
                String lead = lower.substring(verb.end(), state.start());
                boolean opensObject = OBJECT_LEAD.matcher(lead).matches()
                        && !NOT_OBJECT.matcher(lead).find();
                boolean role = AS_ROLE.matcher(lower)
                        .region(state.end(), lower.length())
                        .lookingAt();
                if (opensObject && !role && ownsTheObject(reading, state)) {
                    cues.add(new SanctionCues.Cue(verb.start(), verb.end(), true));
                }
                break;
            }
        }
        return cues;
    }

    /** "Israeli settlers", "Myanmar's commission": the state qualifies the noun that follows. */
    private static boolean ownsTheObject(SentenceReading reading, StateMention state) {
        return state.form() == NameForm.ADJECTIVE || reading.possessive(state);
    }
}
