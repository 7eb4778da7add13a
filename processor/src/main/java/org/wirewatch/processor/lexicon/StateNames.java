package org.wirewatch.processor.lexicon;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.wirewatch.processor.text.Alternatives;

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
     * counts anywhere in the sentence, and is looked up in {@link #contextCues}.
     */
    private record Ambiguity(String name, String code, String reading, Pattern phrases) {

        /** @param cuedInSentence the ambiguities whose context cues the sentence contains */
        boolean cued(String lowerSentence, int start, int end, Set<Ambiguity> cuedInSentence) {
            if (cuedInSentence.contains(this)) {
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
    }

    private final TermIndex<Name> index;
    private final Map<String, List<Ambiguity>> ambiguities;
    /** Every context cue, so one pass over a sentence tells which ambiguities it cues. */
    private final TermIndex<Ambiguity> contextCues;

    private StateNames(
            TermIndex<Name> index, Map<String, List<Ambiguity>> ambiguities, TermIndex<Ambiguity> contextCues) {
        this.index = index;
        this.ambiguities = ambiguities;
        this.contextCues = contextCues;
    }

    public static StateNames standard() {
        TermIndex.Builder<Name> index = TermIndex.builder();
        for (String[] row : TsvResource.rows(TsvResource.DIR + "states.tsv", 3, 3)) {
            Name name = new Name(row[0].strip(), NameForm.valueOf(row[1].strip().toUpperCase(Locale.ROOT)));
            TsvResource.list(row[2]).forEach(surface -> index.name(surface, name));
        }
        Map<String, List<Ambiguity>> ambiguities = new HashMap<>();
        TermIndex.Builder<Ambiguity> contextCues = TermIndex.builder();
        for (String[] row : TsvResource.rows(TsvResource.DIR + "ambiguous-names.tsv", 3, 4)) {
            String name = row[0].strip().toLowerCase(Locale.ROOT);
            List<String> cues = TsvResource.list(row[3]).stream()
                    .map(c -> c.toLowerCase(Locale.ROOT))
                    .toList();
            Ambiguity ambiguity = new Ambiguity(
                    row[0].strip(),
                    row[1].strip(),
                    row[2].strip(),
                    wholeWords(cues.stream().filter(c -> c.contains(name)).toList()));
            cues.stream().filter(c -> !c.contains(name)).forEach(cue -> contextCues.word(cue, ambiguity));
            ambiguities.computeIfAbsent(row[0].strip(), k -> new ArrayList<>()).add(ambiguity);
        }
        return new StateNames(index.build(), Map.copyOf(ambiguities), contextCues.build());
    }

    /** The states named in {@code sentence}, in order, leaving out names it shows to mean something else. */
    public List<StateMention> find(String sentence) {
        String lower = TermIndex.fold(sentence);
        List<StateMention> found = new ArrayList<>();
        List<TermIndex.Match<Name>> matches = index.find(sentence);
        if (matches.isEmpty()) {
            return found;
        }
        Set<Ambiguity> cued = new HashSet<>();
        contextCues.find(sentence).forEach(cue -> cued.addAll(cue.values()));
        for (TermIndex.Match<Name> match : matches) {
            Name name = match.values().get(0);
            if (!meansSomethingElse(match, name.code(), lower, cued)) {
                found.add(new StateMention(name.code(), name.form(), match.surface(), match.start(), match.end()));
            }
        }
        return found;
    }

    private boolean meansSomethingElse(TermIndex.Match<Name> match, String code, String lower, Set<Ambiguity> cued) {
        return Stream.concat(
                        ambiguities.getOrDefault(match.surface(), List.of()).stream()
                                .filter(a -> a.code().equals(code) || a.code().equals(ANY_NAME)),
                        ambiguities.getOrDefault(ANY_NAME, List.of()).stream())
                .anyMatch(a -> a.cued(lower, match.start(), match.end(), cued));
    }

    /** One pattern per ambiguity, matching any of its cues as whole words, or null for none. */
    private static Pattern wholeWords(List<String> cues) {
        if (cues.isEmpty()) {
            return null;
        }
        String alternation = cues.stream()
                .map(cue -> Pattern.quote(cue.toLowerCase(Locale.ROOT)))
                .collect(Collectors.joining("|"));
        return Alternatives.pattern("(?<![\\p{L}\\p{N}])(?:" + alternation + ")(?![\\p{L}\\p{N}])");
    }
}
