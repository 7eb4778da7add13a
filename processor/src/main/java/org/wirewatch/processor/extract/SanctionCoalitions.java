package org.wirewatch.processor.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.wirewatch.model.Story;
import org.wirewatch.processor.lexicon.NameForm;
import org.wirewatch.processor.lexicon.StateMention;
import org.wirewatch.processor.lexicon.StateNames;
import org.wirewatch.processor.text.Alternatives;

/**
 * States that sanction together, named as a group once the story has named them one by one: "the
 * three countries" after "Britain, France and Germany", "the bloc" in a story about the
 * EU. Read for sanctions only: a group is a party to a measure, where arms and alignment readers
 * would take it for two sides.
 */
final class SanctionCoalitions {

    /** A counted group of states: "the three countries", "both European powers", "the two governments". */
    private static final Pattern COUNTED = Alternatives.pattern("\\b(?:the (two|three|four|five)|(both))"
            + " (?:[a-z-]+ )?(?:countries|powers|nations|governments|allies)\\b");

    private static final Pattern BLOC = Alternatives.pattern("\\bthe (?:[\\w-]+ )?bloc\\b");
    private static final Pattern EU_NAMED = Alternatives.pattern("European Union|\\bE\\.?U\\.?(?=\\W)|Brussels");

    private static final Map<String, Integer> COUNTS = Map.of("two", 2, "three", 3, "four", 4, "five", 5);

    /** How much of the story before the sentence is searched for the states a group counts. */
    private static final int LOOKBACK = 3000;

    private SanctionCoalitions() {}

    /** The reading with each group it names added as its states, one mention per member in the group's span. */
    static SentenceReading widen(SentenceReading reading, Story story, StateNames states) {
        String lower = reading.lower();
        if (!lower.contains("countries")
                && !lower.contains("powers")
                && !lower.contains("nations")
                && !lower.contains("governments")
                && !lower.contains("allies")
                && !lower.contains("e3")
                && !lower.contains("bloc")) {
            return reading; // the cheap answer for nearly every sentence
        }
        List<StateMention> added = new ArrayList<>();
        Matcher counted = COUNTED.matcher(lower);
        while (counted.find()) {
            int count = counted.group(2) != null ? 2 : COUNTS.get(counted.group(1));
            List<String> members = lastListOf(count, reading, story, counted.start(), states);
            add(added, reading, counted.start(), counted.end(), members);
        }
        Matcher bloc = BLOC.matcher(lower);
        if (bloc.find() && EU_NAMED.matcher(story.body()).find()) {
            add(added, reading, bloc.start(), bloc.end(), List.of("EU"));
        }
        if (added.isEmpty()) {
            return reading;
        }
        added.addAll(reading.states());
        added.sort(Comparator.comparingInt(StateMention::start));
        return reading.withStates(List.copyOf(added));
    }

    /**
     * The members of the group, one mention each, splitting the group's span so that they stand
     * side by side, which {@link NamedTogether} reads as one list.
     */
    private static void add(
            List<StateMention> added, SentenceReading reading, int start, int end, List<String> members) {
        boolean named = reading.states().stream().anyMatch(s -> s.start() < end && s.end() > start);
        if (members.isEmpty() || named || end - start < members.size()) {
            return;
        }
        int width = (end - start) / members.size();
        for (int i = 0; i < members.size(); i++) {
            int from = start + i * width;
            int to = i == members.size() - 1 ? end : from + width;
            added.add(new StateMention(
                    members.get(i), NameForm.METONYM, reading.sentence().text().substring(from, to), from, to));
        }
    }

    /**
     * The last list of exactly {@code count} states named together before the group: in the
     * sentence, else earlier in the story. Empty when there is none.
     */
    private static List<String> lastListOf(int count, SentenceReading reading, Story story, int at, StateNames states) {
        String sentence = reading.sentence().text();
        List<String> inSentence = lastList(count, sentence.substring(0, at), reading.states());
        if (!inSentence.isEmpty()) {
            return inSentence;
        }
        String body = story.body();
        int end = Math.min(reading.sentence().evidence().start(), body.length());
        String before = body.substring(Math.max(0, end - LOOKBACK), end);
        return lastList(count, before, states.find(before));
    }

    private static List<String> lastList(int count, String text, List<StateMention> states) {
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        List<String> last = List.of();
        List<String> run = new ArrayList<>();
        StateMention previous = null;
        for (StateMention state : states) {
            if (state.end() > text.length()) {
                break;
            }
            boolean joined = previous != null
                    && previous.end() <= state.start()
                    && SentenceReading.JOINED
                            .matcher(lower.substring(previous.end(), state.start()))
                            .matches();
            if (!joined) {
                run = new ArrayList<>();
            }
            if (!run.contains(state.code())) {
                run.add(state.code());
            }
            if (run.size() == count) {
                last = List.copyOf(run);
            }
            previous = state;
        }
        return last;
    }
}
