package org.wirewatch.processor.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.wirewatch.model.Affiliation;
import org.wirewatch.model.Story;
import org.wirewatch.processor.lexicon.Official;
import org.wirewatch.processor.lexicon.Officials;
import org.wirewatch.processor.lexicon.StateMention;
import org.wirewatch.processor.lexicon.TermIndex;
import org.wirewatch.processor.text.Alternatives;
import org.wirewatch.processor.text.Sentence;

/**
 * Resolves the speakers of one story, sentence by sentence, in order: officials from the
 * dictionary (in office at the story's time); people the story itself ties to a state by title or
 * apposition ("Iran's foreign ministry spokesman Nasser Kanaani", "US Special Envoy for Iran Robert
 * Malley" — American, not Iranian), remembered for later mentions by surname; and "he said", "the
 * minister added" as the last speaker. One instance per story: not thread-safe.
 */
final class Speakers {

    private static final String NAME = "(\\p{Lu}[\\p{L}'\\-]+(?:\\s+(?:al-|bin\\s+)?\\p{Lu}[\\p{L}'\\-]+){0,2})";
    /** After a state mention: an optional possessive, a title, then a name. */
    private static final Pattern TITLED_NAME =
            Alternatives.pattern("^(?:'s|\u2019s)?\\s+((?iu:(?:[\\p{L}\\-]+\\s+){0,4}?"
                    + Roles.PATTERN
                    + ")(?:\\s+(?:for|of|to|on)\\s+(?:the\\s+)?\\p{Lu}[\\p{L}\\-]+){0,2})\\s+"
                    + NAME);
    /** "Nasser Kanaani, Iran's foreign ministry spokesman, said": the name before the state. */
    private static final Pattern NAME_THEN_COMMA = Alternatives.pattern(NAME + ",\\s+(?:the\\s+)?$");

    private static final Pattern ROLE_AFTER_STATE =
            Alternatives.pattern("^(?:'s|\u2019s)?\\s+((?iu:(?:[\\p{L}\\-]+\\s+){0,4}?" + Roles.PATTERN + "))\\b");
    /** A title in a transcript label, whatever its case. */
    private static final Pattern TITLE = Alternatives.pattern("\\b" + Roles.PATTERN + "\\b", Pattern.CASE_INSENSITIVE);

    /** An upper-case speaker label opening a transcript line. */
    private static final Pattern TURN = Alternatives.pattern("^([A-Z][A-Z.'\\- ]{2,60}|Q|A):\\s");

    /** A pronoun for the last person named; a role alone ("the spokesman said") is {@link RecentVoices}'s. */
    private static final Pattern ANAPHOR = Alternatives.pattern(
            "\\b(?:he|she|they)\\s+(?:said|added|told|says|insisted|noted|stressed|warned|declined|refused)"
                    + "|\\b(?:said|added)\\s+(?:he|she)\\b|\\baccording to (?:him|her)\\b",
            Pattern.CASE_INSENSITIVE);

    /** Case matters: "US" is a state. */
    private static final Pattern FIRST_PERSON = Alternatives.pattern("\\b(?:[Ww]e|[Oo]ur|us)\\b");

    /** A name right before or after a speech verb: who may be speaking ("Kanaani said"). */
    private static final Pattern NAME_AT_VERB = Alternatives.pattern(NAME
            + "\\s+(?:said|says|told|added|noted|insisted|stressed|warned|denied|declined|confirmed)\\b"
            + "|\\b(?:said|says|told|added)\\s+" + NAME);

    private final Officials officials;
    private final KnownSpeakers known;
    private final Story story;
    private final String host;
    private final Map<String, Speaker> names = new HashMap<>();
    private final List<Affiliation> learned = new ArrayList<>();
    private Speaker last;
    /** The official the sentence last resolved reports on for another state's attribution, or null. */
    private Speaker reportedOn;

    private final RecentVoices voices;
    /** Who the text after a sentence ending in a colon belongs to. */
    private Speaker statementAuthor;
    /** Who holds the floor in a transcript ("SULLIVAN: …"), until the next speaker label. */
    private Speaker turn;
    /** Who answers in a "Q:"/"A:" transcript while the question is asked. */
    private Speaker answering;

    /**
     * @param story the story being read: its time picks who is in office, its id marks what is learned
     * @param host the state the story was filed in, or null: whom officials named by title only serve
     */
    Speakers(Officials officials, KnownSpeakers known, Story story, String host) {
        this.officials = officials;
        this.known = known;
        this.story = story;
        this.host = host;
        this.voices = new RecentVoices(host);
    }

    /**
     * Who an attribution names ("spokesman Nasser Kanaani told reporters"), without making it the
     * last speaker: used for the sentences of a quotation before the one that attributes it.
     */
    Optional<Speaker> attribution(String text, List<StateMention> states) {
        SentenceReading reading = SentenceReading.unread(new Sentence(text, 0, text.length()), states);
        learnTitles(reading);
        return named(reading)
                .or(() -> learnedIn(text))
                .or(() -> knownEarlier(text))
                .or(() -> voices.namedByRole(text, states))
                .or(() -> institution(reading))
                .or(() -> ANAPHOR.matcher(text).find() ? Optional.ofNullable(last) : Optional.empty());
    }

    /** An official the sentence last resolved reports on, when a state's attribution speaks for it. */
    Optional<Speaker> reportedOn() {
        return Optional.ofNullable(reportedOn);
    }

    /** Affiliations this story taught, in the order learned. */
    List<Affiliation> learned() {
        return List.copyOf(learned);
    }

    /** The speaker of this sentence, if it can be told; a named one becomes "the last speaker". */
    Optional<Speaker> resolve(SentenceReading reading) {
        learnTitles(reading);
        takeTurn(reading.sentence().text());
        Optional<Speaker> speaker = named(reading)
                .or(() -> learnedIn(reading.sentence().text()))
                .or(() -> knownEarlier(reading.sentence().text()))
                .or(() -> anaphor(reading))
                .or(() -> voices.namedByRole(reading.sentence().text(), reading.states()))
                .or(() -> Optional.ofNullable(turn).map(Speaker::holdingTheFloor))
                .or(() -> statementVoice(reading.sentence().text()))
                .or(() -> institution(reading));
        speaker.filter(s -> s.name() != null).ifPresent(s -> last = s);
        voices.introduced(reading.sentence().text(), reading.lower(), reading.states());
        // a state or institution that speaks is who "the ministry said" means later on
        speaker.filter(s -> s.name() != null || reading.isSpeech()).ifPresent(s -> voices.heard(s, reading.lower()));
        if (reading.sentence().text().stripTrailing().endsWith(":")) {
            statementAuthor = speaker.orElse(null);
        }
        return speaker;
    }

    /**
     * "The ministry released the following statement:" then "We have never exported weapons …": the
     * first person of a statement's text is its author's.
     */
    private Optional<Speaker> statementVoice(String text) {
        return statementAuthor != null && FIRST_PERSON.matcher(text).find()
                ? Optional.of(statementAuthor.holdingTheFloor())
                : Optional.empty();
    }

    private Optional<Speaker> named(SentenceReading reading) {
        String text = reading.sentence().text();
        // "…, the ministry said, hours before President Zelenskiy was due to speak": an official in
        // the clause that sets the scene is not who speaks
        List<TermIndex.Match<Official>> all = officials.find(text, story.publishedAt()).stream()
                .filter(match -> !aside(reading, match.start()))
                .toList();
        // "We agreed with President Lukashenko …," Putin said: a name inside the quote is not who speaks
        List<TermIndex.Match<Official>> outside = all.stream()
                .filter(match -> !QuoteRuns.quoted(text, match.start()))
                .filter(match -> !reading.reportedByStateAfter(match.start()))
                .toList();
        // an official reported on by a state's attribution is not who speaks, quoted or not
        List<TermIndex.Match<Official>> found = outside.isEmpty()
                ? all.stream()
                        .filter(match -> !reading.reportedByStateAfter(match.start()))
                        .toList()
                : outside;
        reportedOn = all.stream()
                .filter(match -> reading.reportedByStateAfter(match.start()))
                .findFirst()
                .map(match -> speakerOf(match.values().get(0)))
                .orElse(null);
        return closestToSpeech(reading, found).map(match -> {
            Official official = match.values().get(0);
            Speaker speaker = new Speaker(official.name(), official.state(), official.rank());
            remember(match.surface(), speaker);
            return speaker;
        });
    }

    private static boolean aside(SentenceReading reading, int position) {
        return Clauses.scene(reading, position)
                && reading.speechPosition() < position
                && !Clauses.same(reading, position, reading.speechPosition());
    }

    private void learnTitles(SentenceReading reading) {
        String text = reading.sentence().text();
        for (StateMention state : reading.states()) {
            Matcher titled = TITLED_NAME.matcher(text.substring(state.end()));
            if (titled.find()) {
                learn(titled.group(2), state.code(), titled.group(1));
                continue;
            }
            Matcher before = NAME_THEN_COMMA.matcher(text.substring(0, state.start()));
            Matcher role = ROLE_AFTER_STATE.matcher(text.substring(state.end()));
            if (before.find() && role.find()) {
                learn(before.group(1), state.code(), role.group(1));
            }
        }
    }

    private void learn(String name, String state, String title) {
        remember(name, new Speaker(name, state, Roles.rankOf(title)));
        learned.add(new Affiliation(name, state, title.strip(), story.id(), story.publishedAt()));
    }

    /**
     * A transcript's speaker label at the start of a line ("NATIONAL SECURITY ADVISER JAKE SULLIVAN:",
     * "SULLIVAN:") gives the floor to that person; "QUESTION:" or an unknown label takes it away.
     */
    private void takeTurn(String text) {
        Matcher label = TURN.matcher(text);
        if (!label.find()) {
            return;
        }
        // "Q:" takes the floor from the official; "A:" gives it back to whoever answered last
        if (label.group(1).equals("Q")) {
            answering = turn != null ? turn : answering;
            turn = null;
            return;
        }
        if (label.group(1).equals("A")) {
            turn = answering;
            return;
        }
        String name = titleCase(label.group(1));
        List<TermIndex.Match<Official>> official = officials.find(name, story.publishedAt());
        turn = !official.isEmpty()
                ? speakerOf(official.get(official.size() - 1).values().get(0))
                : learnedIn(name)
                        .or(() -> known.named(lastWord(name)).map(a -> new Speaker(a.name(), a.state(), null)))
                        .or(() -> titledOnly(name))
                        .orElse(null);
    }

    /** "DEPUTY GOVERNMENT SPOKESPERSON:" at a briefing: an official of the state the story was filed in. */
    private Optional<Speaker> titledOnly(String label) {
        return host != null && TITLE.matcher(label).find()
                ? Optional.of(new Speaker(label, host, Roles.rankOf(label)))
                : Optional.empty();
    }

    private static Speaker speakerOf(Official official) {
        return new Speaker(official.name(), official.state(), official.rank());
    }

    private static String titleCase(String upper) {
        StringBuilder out = new StringBuilder();
        for (String word : upper.trim().split("\\s+")) {
            out.append(out.isEmpty() ? "" : " ")
                    .append(word.charAt(0))
                    .append(word.substring(1).toLowerCase(java.util.Locale.ROOT));
        }
        return out.toString();
    }

    private static String lastWord(String name) {
        String[] words = name.split("\\s+");
        return words[words.length - 1];
    }

    /** A person an earlier story tied to a state, named at a speech verb here. */
    private Optional<Speaker> knownEarlier(String text) {
        Matcher m = NAME_AT_VERB.matcher(text);
        while (m.find()) {
            String name = m.group(1) != null ? m.group(1) : m.group(2);
            Optional<Speaker> speaker = known.named(name)
                    .map(a -> new Speaker(a.name(), a.state(), a.title() == null ? null : Roles.rankOf(a.title())));
            if (speaker.isPresent()) {
                remember(name, speaker.get());
                return speaker;
            }
        }
        return Optional.empty();
    }

    private Optional<Speaker> learnedIn(String text) {
        return names.entrySet().stream()
                .filter(e -> containsWord(text, e.getKey()))
                .map(Map.Entry::getValue)
                .findFirst();
    }

    /** Whole-word containment without a regex per name and sentence. */
    private static boolean containsWord(String text, String word) {
        for (int i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
            int end = i + word.length();
            boolean before = i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1));
            boolean after = end == text.length() || !Character.isLetterOrDigit(text.charAt(end));
            if (before && after) {
                return true;
            }
        }
        return false;
    }

    private Optional<Speaker> anaphor(SentenceReading reading) {
        return last != null && ANAPHOR.matcher(reading.sentence().text()).find() ? Optional.of(last) : Optional.empty();
    }

    /** A state or institution speaking in its own name ("Tehran said", "the Kremlin denied"). */
    private static Optional<Speaker> institution(SentenceReading reading) {
        return reading.speakerState().map(state -> new Speaker(null, state.code(), null));
    }

    private void remember(String fullName, Speaker speaker) {
        names.put(fullName, speaker);
        String[] parts = fullName.split("\\s+");
        if (parts.length > 1) {
            names.putIfAbsent(parts[parts.length - 1], speaker);
        }
    }

    private static Optional<TermIndex.Match<Official>> closestToSpeech(
            SentenceReading reading, List<TermIndex.Match<Official>> found) {
        int verb = reading.speechPosition();
        return found.stream().min((a, b) -> Integer.compare(Math.abs(a.start() - verb), Math.abs(b.start() - verb)));
    }
}
