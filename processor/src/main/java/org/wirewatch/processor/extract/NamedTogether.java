package org.wirewatch.processor.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.wirewatch.processor.lexicon.StateMention;
import org.wirewatch.processor.text.Alternatives;

/**
 * States a sentence names together as one party ("Britain, France and Germany", "the United States
 * and the three European countries - Britain, France and Germany"), and the plain lookups on the
 * states of a stretch that the sanction readers share.
 */
final class NamedTogether {

    /**
     * A list of states set off after a group noun: "the United States and the three European
     * countries - Britain, France and Germany", "its allies (Japan and Australia)".
     */
    private static final Pattern APPOSED_LIST = Alternatives.pattern("\\s*(?:,|and|, and)\\s*(?:the|its|their)\\s+"
            + "(?:[\\w-]+\\s+){0,3}?(?:countries|powers|nations|states|allies|partners|members|governments)"
            + "\\s*(?:[-\u2013\u2014:(]|,)\\s*");

    /** What makes a state before the cue no subject: a place, or an object of a preposition. */
    static final Pattern NOT_SUBJECT =
            Alternatives.pattern("\\b(?:in|on|against|to|from|with|for|of|at|into|toward|towards|by)\\s+(?:the\\s+)?$");

    private NamedTogether() {}

    /** {@code anchor} with the states joined to it ("Britain, France and Germany"), walking {@code step}. */
    static List<StateMention> coordinated(SentenceReading reading, StateMention anchor, int step) {
        List<StateMention> states = reading.states();
        List<StateMention> joined = new ArrayList<>(List.of(anchor));
        int i = states.indexOf(anchor);
        while (i + step >= 0 && i + step < states.size()) {
            StateMention next = states.get(i + step);
            StateMention left = step < 0 ? next : states.get(i);
            StateMention right = step < 0 ? states.get(i) : next;
            String between = reading.lower().substring(Math.min(left.end(), right.start()), right.start());
            // side by side with nothing between: members of one group ("the three countries")
            boolean oneGroup = left.end() == right.start();
            if (left.end() > right.start()
                    || !oneGroup
                            && !SentenceReading.JOINED.matcher(between).matches()
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

    /** The states named wholly within {@code [from, to)}, in order. */
    static List<StateMention> within(SentenceReading reading, int from, int to) {
        return reading.states().stream()
                .filter(s -> s.start() >= from && s.end() <= to)
                .toList();
    }

    /** The codes of {@code states}, each once, in order. */
    static List<String> codes(List<StateMention> states) {
        List<String> codes = new ArrayList<>();
        states.stream().map(StateMention::code).filter(c -> !codes.contains(c)).forEach(codes::add);
        return codes;
    }
}
