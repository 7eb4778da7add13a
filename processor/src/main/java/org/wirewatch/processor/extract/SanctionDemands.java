package org.wirewatch.processor.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.wirewatch.processor.lexicon.StateMention;
import org.wirewatch.processor.text.Alternatives;

/**
 * Who is who in a demand to lift sanctions: the state demanding is the one hit, the state asked
 * imposes them. Kept apart from {@link SanctionParties}, whose roles follow the sanction's own
 * wording, because here they follow the demand's.
 */
final class SanctionDemands {

    /** The verb or noun of a demand, as SanctionActions words it for DEMANDED_LIFT. */
    private static final Pattern DEMAND = Alternatives.pattern("\\b(?:demand|call|urg|press|insist|want|ask)\\w*");

    /** The speaker demanding in the first person: "We ask the European Union to lift …". */
    private static final Pattern FIRST_PERSON = Alternatives.pattern("\\b(?:we|i)\\s+(?:\\w+\\s+)?$");

    private SanctionDemands() {}

    /**
     * "Iran demanded that Washington lift its sanctions": the demander, named before its verb, is
     * hit; the state named after the verb imposes. Without a demander before the verb the parties
     * are left to the story.
     */
    static SanctionParties parties(SentenceReading reading, int from, int to) {
        Matcher demand = DEMAND.matcher(reading.lower());
        demand.region(from, to);
        if (!demand.find()) {
            return new SanctionParties(List.of(), List.of());
        }
        String demander = demander(reading, from, demand.start());
        if (demander == null) {
            return new SanctionParties(List.of(), List.of());
        }
        List<String> addressed = NamedTogether.codes(NamedTogether.within(reading, demand.end(), to));
        addressed.remove(demander);
        return new SanctionParties(addressed.isEmpty() ? List.of() : List.of(addressed.get(0)), List.of(demander));
    }

    /** The state named as demanding before the verb, else the speaker saying "we ask"; null when neither. */
    private static String demander(SentenceReading reading, int from, int demand) {
        List<StateMention> before = NamedTogether.within(reading, from, demand);
        if (!before.isEmpty() && demanderBefore(reading, before.get(before.size() - 1), demand)) {
            return before.get(before.size() - 1).code();
        }
        String lead = reading.lower().substring(Math.max(from, demand - 20), demand);
        return FIRST_PERSON.matcher(lead).find() ? reading.speakingState() : null;
    }

    /**
     * The state that demands: the subject of the verb, a government possessing it ("Iran's foreign
     * minister called …") or the possessor of the demand itself ("Moscow's demand"); not the
     * possessor of something else ("Russia's largest bank called …").
     */
    private static boolean demanderBefore(SentenceReading reading, StateMention state, int demand) {
        String between = reading.lower().substring(state.end(), demand);
        if (!SanctionParties.POSSESSOR.matcher(between).lookingAt()) {
            return true;
        }
        String after = between.substring(2);
        return after.isBlank() || SanctionParties.GOVERNMENT.matcher(after).lookingAt();
    }
}
