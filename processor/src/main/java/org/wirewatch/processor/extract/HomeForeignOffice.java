package org.wirewatch.processor.extract;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.wirewatch.processor.lexicon.StateMention;
import org.wirewatch.processor.lexicon.StateNames;
import org.wirewatch.processor.text.Alternatives;

/**
 * "The Foreign Office" is London's only in a story about Britain: Pakistan, India, Germany and others
 * have one too, and a story filed from Islamabad that never names Britain means Pakistan's. The
 * lexicon lists the bare name as a British metonym; here, once per story, it is given to the state
 * the story is filed from, else to the state it names most, whenever Britain is not named.
 */
final class HomeForeignOffice {

    private static final String FOREIGN_OFFICE = "Foreign Office";

    /** Britain named other than by the bare institution itself. */
    private static final Pattern BRITAIN = Alternatives.pattern(
            "Brit(?:ain|ish)|London|LONDON|\\bU\\.?K\\.?\\b|United Kingdom|Downing Street|Whitehall|FCDO");

    private final String owner;

    private HomeForeignOffice(String owner) {
        this.owner = owner;
    }

    /** Whose the bare "Foreign Office" is in this story; the lexicon's reading when the story names Britain. */
    static HomeForeignOffice of(String body, String host, StateNames states) {
        if (!body.contains(FOREIGN_OFFICE) || BRITAIN.matcher(body).find()) {
            return new HomeForeignOffice(null);
        }
        if (host != null && !host.equals("GBR")) {
            return new HomeForeignOffice(host);
        }
        // the state named most, the first named among equals: the one the story is about
        Map<String, Long> named = states.find(body).stream()
                .filter(s -> !s.surface().equals(FOREIGN_OFFICE))
                .collect(Collectors.groupingBy(StateMention::code, LinkedHashMap::new, Collectors.counting()));
        String most = null;
        for (Map.Entry<String, Long> state : named.entrySet()) {
            if (most == null || state.getValue() > named.get(most)) {
                most = state.getKey();
            }
        }
        return new HomeForeignOffice(most);
    }

    /** The sentence's states with the bare "Foreign Office" given to its owner in this story. */
    List<StateMention> addTo(List<StateMention> found) {
        if (owner == null || found.stream().noneMatch(s -> s.surface().equals(FOREIGN_OFFICE))) {
            return found;
        }
        Function<StateMention, StateMention> recode = s -> s.surface().equals(FOREIGN_OFFICE)
                ? new StateMention(owner, s.form(), s.surface(), s.start(), s.end())
                : s;
        return found.stream().map(recode).toList();
    }
}
