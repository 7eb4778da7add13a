package org.wirewatch.processor.lexicon;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Every state and state-like organisation by name, adjective and metonym ({@code states.tsv}:
 * code, form, names), and the names that often mean something else ({@code ambiguous-names.tsv}:
 * name, code, reading, cues) — Georgia the US state, Jordan the player, Turkey the bird, a country's
 * football team.
 */
public final class StateNames {

    /** A name listed for every country: a country named in a sports sentence is its team. */
    private static final String ANY_NAME = "*";

    private record Name(String code, NameForm form) {}

    /**
     * Another meaning of a name, told by cues: a cue containing the name ("Michael Jordan", "New
     * Mexico") counts only where the mention is part of it; any other cue ("Atlanta" for Georgia)
     * counts anywhere in the sentence.
     */
    private record Ambiguity(String code, Pattern phrases, Pattern context) {

        boolean cued(String lowerSentence, int start, int end) {
            if (context != null && context.matcher(lowerSentence).find()) {
                return true;
            }
            if (phrases == null) {
                return false;
            }
            Matcher m = phrases.matcher(lowerSentence);
            while (m.find()) {
                if (m.start() <= start && m.end() >= end) {
                    return true;
                }
            }
            return false;
        }

        static Ambiguity of(String name, String code, List<String> cues) {
            String lowerName = name.toLowerCase(Locale.ROOT);
            List<String> lower =
                    cues.stream().map(c -> c.toLowerCase(Locale.ROOT)).toList();
            return new Ambiguity(
                    code,
                    wholeWords(lower.stream().filter(c -> c.contains(lowerName)).toList()),
                    wholeWords(
                            lower.stream().filter(c -> !c.contains(lowerName)).toList()));
        }
    }

    private final TermIndex<Name> index;
    private final Map<String, List<Ambiguity>> ambiguities;

    private StateNames(TermIndex<Name> index, Map<String, List<Ambiguity>> ambiguities) {
        this.index = index;
        this.ambiguities = ambiguities;
    }

    public static StateNames standard() {
        TermIndex.Builder<Name> index = TermIndex.builder();
        for (String[] row : TsvResource.rows(TsvResource.DIR + "states.tsv", 3, 3)) {
            Name name = new Name(row[0].strip(), NameForm.valueOf(row[1].strip().toUpperCase(Locale.ROOT)));
            TsvResource.list(row[2]).forEach(surface -> index.name(surface, name));
        }
        Map<String, List<Ambiguity>> ambiguities = new HashMap<>();
        for (String[] row : TsvResource.rows(TsvResource.DIR + "ambiguous-names.tsv", 3, 4)) {
            ambiguities
                    .computeIfAbsent(row[0].strip(), k -> new ArrayList<>())
                    .add(Ambiguity.of(row[0].strip(), row[1].strip(), TsvResource.list(row[3])));
        }
        return new StateNames(index.build(), Map.copyOf(ambiguities));
    }

    /** The states named in {@code sentence}, in order, leaving out names it shows to mean something else. */
    public List<StateMention> find(String sentence) {
        String lower = TermIndex.fold(sentence);
        List<StateMention> found = new ArrayList<>();
        for (TermIndex.Match<Name> match : index.find(sentence)) {
            Name name = match.values().get(0);
            if (!meansSomethingElse(match, name.code(), lower)) {
                found.add(new StateMention(name.code(), name.form(), match.surface(), match.start(), match.end()));
            }
        }
        return found;
    }

    private boolean meansSomethingElse(TermIndex.Match<Name> match, String code, String lower) {
        return Stream.concat(
                        ambiguities.getOrDefault(match.surface(), List.of()).stream()
                                .filter(a -> a.code().equals(code) || a.code().equals(ANY_NAME)),
                        ambiguities.getOrDefault(ANY_NAME, List.of()).stream())
                .anyMatch(a -> a.cued(lower, match.start(), match.end()));
    }

    /** One pattern per ambiguity, matching any of its cues as whole words, or null for none. */
    private static Pattern wholeWords(List<String> cues) {
        if (cues.isEmpty()) {
            return null;
        }
        String alternation = cues.stream()
                .map(cue -> Pattern.quote(cue.toLowerCase(Locale.ROOT)))
                .collect(Collectors.joining("|"));
        return Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alternation + ")(?![\\p{L}\\p{N}])");
    }
}
