package org.wirewatch.processor.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.wirewatch.processor.lexicon.NameForm;
import org.wirewatch.processor.lexicon.StateMention;
import org.wirewatch.processor.text.Alternatives;

/**
 * Groups of states wire copy names as one, which act as their members: "the E3 said it would trigger
 * the snapback" is France, Germany and Britain speaking jointly. Unlike the EU or NATO, such a group
 * is no organisation with a line of its own, so the lexicon cannot list it as one state.
 */
final class StateGroups {

    private record Group(Pattern name, List<String> members) {}

    private static final List<Group> GROUPS = List.of(
            new Group(
                    Alternatives.pattern("\\bE-?3\\b(?!-)|\\bEuropean (?:trio|troika)\\b"),
                    List.of("FRA", "DEU", "GBR")),
            new Group(
                    Alternatives.pattern("\\bBaltic (?:states|countries|nations|republics)\\b|\\bthe Baltics\\b"),
                    List.of("EST", "LVA", "LTU")),
            new Group(
                    Alternatives.pattern("\\bNordic (?:states|countries|nations)\\b"),
                    List.of("DNK", "FIN", "ISL", "NOR", "SWE")));

    /** Plain substrings, one of which a sentence must contain to name any group. */
    private static final List<String> HINTS = List.of("E3", "E-3", "European tr", "Baltic", "Nordic");

    private StateGroups() {}

    /**
     * The sentence's states with each group's members added where the group is named, in order of
     * position. The first member spans the group's name; the others follow it with no width, so that
     * the members read as states named together ("France, Germany and Britain said").
     */
    static List<StateMention> addTo(String sentence, List<StateMention> states) {
        if (HINTS.stream().noneMatch(sentence::contains)) {
            return states;
        }
        List<StateMention> all = new ArrayList<>(states);
        for (Group group : GROUPS) {
            // "the two Nordic countries - Norway and Iceland": a sentence naming members says which
            if (states.stream().anyMatch(s -> group.members().contains(s.code()))) {
                continue;
            }
            Matcher m = group.name().matcher(sentence);
            while (m.find()) {
                int start = m.start();
                int end = m.end();
                if (states.stream().anyMatch(s -> s.start() < end && s.end() > start)) {
                    continue;
                }
                for (int i = 0; i < group.members().size(); i++) {
                    all.add(new StateMention(
                            group.members().get(i), NameForm.NAME, m.group(), i == 0 ? start : end, end));
                }
            }
        }
        if (all.size() == states.size()) {
            return states;
        }
        all.sort(Comparator.comparingInt(StateMention::start));
        return List.copyOf(all);
    }
}
