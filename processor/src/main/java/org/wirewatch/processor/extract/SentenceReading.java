package org.wirewatch.processor.extract;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.wirewatch.model.Stance;
import org.wirewatch.model.Statement;
import org.wirewatch.model.StatementTopic;
import org.wirewatch.model.Story;
import org.wirewatch.processor.lexicon.NameForm;
import org.wirewatch.processor.lexicon.StateMention;
import org.wirewatch.processor.text.Alternatives;
import org.wirewatch.processor.text.Sentence;

/**
 * What one sentence offers the extractors: its states, its stance wording, who speaks, whether it
 * is reported speech and whether it reports something said earlier.
 *
 * @param reportedOn an official the sentence reports on for someone else ("Kim shipped shells to
 *     Russia, Seoul said"): not its speaker, but the actor of what it reports
 */
record SentenceReading(
        Sentence sentence,
        String lower,
        List<StateMention> states,
        int speechAt,
        int speechEnd,
        List<ClaimCues.Claim> cues,
        Optional<Speaker> speaker,
        Optional<Speaker> reportedOn) {

    /** The same reading with other states: institutions or groups the sentence names resolved. */
    SentenceReading withStates(List<StateMention> states) {
        return new SentenceReading(sentence, lower, states, speechAt, speechEnd, cues, speaker, reportedOn);
    }

    /** The same reading with another speaker. */
    SentenceReading withSpeaker(Optional<Speaker> speaker) {
        return new SentenceReading(sentence, lower, states, speechAt, speechEnd, cues, speaker, reportedOn);
    }

    private static final Pattern SPEECH = Alternatives.pattern(
            "\\b(?:said|says|told|stated|announced|warned|added|insisted|claimed|accused|alleged|argued"
                    + "|according to|den(?:y|ies|ied)|admitted|acknowledged|confirmed|pledged|vowed|threatened"
                    + "|declined|refused|rejected|dismissed|called|offered|promised|promising|pledging|pledge"
                    + "|agreed|committed|decided|ruled out|insists|denies|confirms|admits|announces"
                    // participles introduce speech as often as finite verbs: "…, saying it would not"
                    + "|saying|adding|telling|insisting|warning|stressing|noting|arguing|accusing|denying"
                    + "|confirming|acknowledging|admitting|announcing|wrote|writes|posted|tweeted"
                    + "|approved|authori[sz]ed|statement:|signall?ed|indicated|hinted|reiterated|repeated|stressed"
                    // present tense of plural subjects: "Washington and Seoul accuse Pyongyang of …"
                    + "|say|accuse|accuses|allege|alleges|insist|warn|warns|argue|argues"
                    + "|maintain|maintains"
                    // thanks are said: "Papikyan thanked the Russian side for its support"
                    + "|thanked)\\b");
    private static final Alternatives SPEECH_WORDS = Alternatives.of(SPEECH);

    private static final Pattern BACKGROUND = Alternatives.pattern(
            "\\b(?:has|have|had) so far\\b|\\bhad (?:\\w+ ){0,2}(?:denied|said|admitted|rejected|dismissed|called|insisted|warned|threatened"
                    + "|pledged|promised|refused|ruled out|announced|vowed|acknowledged|confirmed)\\b"
                    + "|\\b(?:earlier|previously|in the past) (?:denied|said|rejected|dismissed|called|warned|insisted)\\b"
                    + "|\\bhad (?:\\w+ ){0,2}(?:imposed|lifted|eased) (?:sanctions|the sanctions)");
    /**
     * A position reported without the words: "Germany is considering the request", "US officials are
     * weighing whether to send …" — but not the question "whether China was considering …".
     */
    private static final Pattern DELIBERATES =
            Alternatives.pattern("\\b(?:is|are|was|were|has been|have been) (?:still |now |also |actively |carefully )?"
                    + "(?:considering|weighing|reviewing|examining|studying)\\b"
                    + "(?<!\\b(?:whether|if) [\\w' ]{0,80})");

    /** What joins states named together: "Britain, France and Germany", "the Netherlands and Denmark". */
    static final Pattern JOINED = Alternatives.pattern("\\s*(?:,|and|, and)\\s*(?:the\\s+)?");

    /** "According to Ukrainian officials, …": the source follows the phrase. */
    private static final Pattern ACCORDING_TO = Alternatives.pattern("\\baccording to\\s+(?:the\\s+)?");

    /** Verbs of stance whose complement is a thing, not a reported clause: "declined Kyiv's request". */
    private static final Pattern TAKES_AN_OBJECT = Alternatives.pattern(
            "declined|refused|rejected|dismissed|approved|authori[sz]ed|den(?:y|ies|ied)|denying|accus(?:e|es|ed|ing)"
                    + "|offered|promised|pledged|pledging|promising|ruled out");

    /** What may stand between a speech verb and the subject of the clause it reports. */
    private static final Pattern CLAUSE_SUBJECT = Alternatives.pattern("\\s*(?:that\\s+)?(?:the\\s+)?");

    private static final Pattern ROLE = Alternatives.pattern(
            "(?:foreign ministry |defen[cs]e ministry |state department |kremlin )?spokes(?:man|woman|person)"
                    + "|(?:foreign|defen[cs]e|prime) minister|president|national security adviser|supreme leader"
                    + "|ambassador|envoy|chancellor|secretary of state");
    private static final Pattern NAME_AFTER_ROLE =
            Alternatives.pattern("^\\s+((?:\\p{Lu}[\\p{L}'\\-]+)(?:\\s+\\p{Lu}[\\p{L}'\\-]+){0,2})");

    boolean isSpeech() {
        return speechAt >= 0;
    }

    /** Where a quotation that opens the sentence closes, or -1 when the sentence opens otherwise. */
    private int quoteEnd() {
        return closingQuote(sentence.text());
    }

    private static int closingQuote(String text) {
        if (text.isEmpty() || (text.charAt(0) != '"' && text.charAt(0) != '\u201C')) {
            return -1;
        }
        int close = text.indexOf(text.charAt(0) == '"' ? '"' : '\u201D', 1);
        return close;
    }

    /** Where the first speech or stance verb starts, else the sentence's end. */
    int speechPosition() {
        return speechAt >= 0 ? speechAt : lower.length();
    }

    boolean isBackground() {
        return BACKGROUND.matcher(lower).find();
    }

    /**
     * The state that speaks: the first state named before the speech or stance word ("Iran's
     * spokesman said"), else the subject of the reported clause right after it ("the spokesman said
     * Tehran would not deny").
     */
    Optional<StateMention> speakerState() {
        Matcher source = ACCORDING_TO.matcher(lower);
        if (source.find()) {
            int after = source.end();
            Optional<StateMention> named = states.stream()
                    .filter(s -> s.start() >= after && s.start() - after <= 4)
                    .findFirst();
            if (named.isPresent()) {
                return named;
            }
        }
        if (speechAt < 0) {
            return states.stream().findFirst();
        }
        int verb = speechAt;
        int afterVerb = speechEnd();
        int quoteEnd = quoteEnd();
        if (quoteEnd > 0 && verb > quoteEnd) {
            // '"…Ukraine…," the ministry said': states inside the quote are not its speaker
            return states.stream()
                    .filter(s -> s.start() > quoteEnd && s.start() < verb)
                    .findFirst();
        }
        if (attributedAfter(0)) {
            // "Iranian drones hit Kyiv, Ukrainian officials said": the source is after the last comma
            int comma = lower.lastIndexOf(", ", verb);
            Optional<StateMention> attributed = states.stream()
                    .filter(s -> s.start() > comma && s.start() < verb)
                    .findFirst();
            if (attributed.isPresent()) {
                return attributed;
            }
        }
        return states.stream().filter(s -> s.start() < verb).findFirst().or(() -> states.stream()
                .filter(s -> CLAUSE_SUBJECT
                        .matcher(lower.substring(afterVerb, s.start()))
                        .matches())
                // "has declined Ukraine's request": a possessor after a verb that takes an object owns the
                // object, it does not speak ("said Egypt's position is …" still names the speaker's state)
                .filter(s ->
                        !(TAKES_AN_OBJECT.matcher(lower).region(verb, afterVerb).matches() && possessive(s)))
                .findFirst());
    }

    /** The speaker's name after a role ("spokesman Nasser Kanaani"), else the role, else null. */
    String role() {
        Matcher role = ROLE.matcher(lower);
        if (!role.find()) {
            return null;
        }
        Matcher name = NAME_AFTER_ROLE.matcher(sentence.text().substring(role.end()));
        return name.find() ? name.group(1) : sentence.text().substring(role.start(), role.end());
    }

    private static final Pattern QUOTED = Alternatives.pattern("[\"\u201C]([^\"\u201D]{8,})[\"\u201D]");

    /** The words in quotation marks, else the whole sentence. */
    String quote() {
        Matcher m = QUOTED.matcher(sentence.text());
        return m.find() ? m.group(1).trim() : sentence.text();
    }

    /** The state named right after one of {@code prepositions} ("to Russia"), if any. */
    Optional<StateMention> stateAfter(String... prepositions) {
        for (StateMention s : states) {
            int at = lower.startsWith("the ", Math.max(0, s.start() - 4)) ? s.start() - 4 : s.start();
            for (String p : prepositions) {
                int from = at - p.length() - 1;
                if (from >= 0
                        && lower.startsWith(p + " ", from)
                        && (from == 0 || !Character.isLetterOrDigit(lower.charAt(from - 1)))
                        && !lower.startsWith("according ", Math.max(0, from - 10))) {
                    return Optional.of(s);
                }
            }
        }
        return Optional.empty();
    }

    /** The state named as a possessor: "Iran's", "Armenia\u2019s" ("backs Armenia's plans" backs the plans). */
    boolean possessive(StateMention state) {
        return POSSESSIVE.matcher(lower).region(state.end(), lower.length()).lookingAt();
    }

    private static final Pattern POSSESSIVE = Alternatives.pattern("(?:'s|\u2019s)\\b");

    /**
     * The speaker's own side as the subject right before a verb ("we have", "our army has ordered",
     * "his country's forces are using"): where that subject starts, else -1.
     */
    int ownSubjectBefore(int verbAt) {
        Matcher own = OWN_SUBJECT.matcher(lower).region(Math.max(0, verbAt - 40), verbAt);
        return own.find() ? own.start() : -1;
    }

    private static final Pattern OWN_SUBJECT = Alternatives.pattern("\\b(?:we |our (?:[\\w-]+ ){0,2}?"
            + "|(?:his|her|my) (?:country|government)(?:'s|\u2019s)? (?:[\\w-]+ ){0,2}?)(?:[\\w-]+ ){0,3}?$");

    /** A state in adjective form right before {@code position} ("Iranian drones"). */
    Optional<StateMention> adjectiveBefore(int position) {
        return states.stream()
                .filter(s -> s.end() <= position && position - s.end() <= 24)
                .filter(s -> s.form() == NameForm.ADJECTIVE || attributive(s, position))
                .reduce((first, second) -> second);
    }

    /** A short name used as an adjective right before the weapon: "US bombs", "U.K.-made missiles". */
    private boolean attributive(StateMention state, int position) {
        return state.surface().length() <= 4
                && ATTRIBUTIVE_GAP
                        .matcher(lower.substring(state.end(), position))
                        .matches();
    }

    private static final Pattern ATTRIBUTIVE_GAP =
            Alternatives.pattern("(?:-made|-built|-supplied)?\\s+(?:[a-z0-9-]+\\s+)?");

    /**
     * The sentence with its states and speech verb but no stance wording or speaker yet: what
     * speaker resolution starts from. The speech verb is looked for once, here: it is asked about
     * many times per sentence.
     */
    static SentenceReading unread(Sentence sentence, List<StateMention> states) {
        String lower = sentence.text().toLowerCase(Locale.ROOT);
        // in '"We cannot say yet …," Pistorius said', the speech verb is the one after the quotation
        int quoted = closingQuote(sentence.text());
        Optional<Alternatives.Found> speech =
                SPEECH_WORDS.first(lower, Math.max(0, quoted)).or(() -> SPEECH_WORDS.first(lower, 0));
        return new SentenceReading(
                sentence,
                lower,
                states,
                speech.map(Alternatives.Found::start).orElse(-1),
                speech.map(Alternatives.Found::end).orElse(-1),
                List.of(),
                Optional.empty(),
                Optional.empty());
    }

    /** Reads a sentence; its speaker is resolved in the story's running context. */
    static SentenceReading of(Sentence sentence, List<StateMention> states, Speakers speakers) {
        return of(sentence, states, speakers, Optional.empty());
    }

    /** @param quoted who speaks, when the sentence lies inside a quotation attributed further on */
    static SentenceReading of(
            Sentence sentence, List<StateMention> states, Speakers speakers, Optional<Speaker> quoted) {
        SentenceReading unread = unread(sentence, states);
        Optional<Speaker> resolved = speakers.resolve(unread);
        Optional<Speaker> speaker = quoted.map(Speaker::holdingTheFloor).or(() -> resolved);
        // stance wording matters only where a state is named or someone speaks: most sentences neither
        List<ClaimCues.Claim> cues = states.isEmpty() && speaker.isEmpty() ? List.of() : ClaimCues.scan(unread.lower());
        return new SentenceReading(
                sentence,
                unread.lower(),
                states,
                unread.speechAt(),
                unread.speechEnd(),
                cues,
                speaker,
                speakers.reportedOn());
    }

    /** What the sentence as a whole claims: its most specific stance wording. */
    ClaimKind claim() {
        return ClaimCues.find(cues, 0, lower.length()).kind();
    }

    /** The speaking state, when the sentence reports speech. */
    String speakingState() {
        boolean speaks = isSpeech()
                || speaker.map(Speaker::onRecord).orElse(false)
                || DELIBERATES.matcher(lower).find();
        return speaks ? speaker.map(Speaker::state).orElse(null) : null;
    }

    /**
     * Every state speaking: a person speaks for one; states named together before the verb speak
     * jointly ("Britain, France and Germany said in a joint statement …").
     */
    List<String> speakingStates() {
        String first = speakingState();
        if (first == null) {
            return List.of();
        }
        if (speaker.map(Speaker::name).isPresent()) {
            return List.of(first);
        }
        List<String> joint = new java.util.ArrayList<>();
        int verb = speechPosition();
        StateMention previous = null;
        for (StateMention state : states) {
            if (state.start() >= verb) {
                break;
            }
            if (previous == null && !state.code().equals(first)) {
                continue;
            }
            if (previous != null && !joined(previous, state)) {
                break;
            }
            if (!joint.contains(state.code())) {
                joint.add(state.code());
            }
            previous = state;
        }
        return joint.isEmpty() ? List.of(first) : joint;
    }

    /** Whether two states are named together; the members of a group ("the E3") are, with nothing between. */
    boolean joined(StateMention previous, StateMention next) {
        String between = lower.substring(previous.end(), next.start());
        return between.isEmpty() || JOINED.matcher(between).matches();
    }

    /** A state speaking later in the sentence; its words start where it is named. */
    record LaterVoice(String state, int from) {}

    /** Between a speaking state and its verb: a title and a name, no clause break ("US Secretary … Blinken"). */
    private static final Pattern SUBJECT_GAP = Alternatives.pattern("(?:'s|\u2019s)?[^,;]{0,50}?\\s");

    /**
     * The state of a later speech that reports what is at {@code position}: in "…, Araghchi wrote on
     * X, a day after US Secretary of State Antony Blinken said Moscow had received Iranian missiles"
     * the missiles are the US claim. The state named closest before that later speech verb speaks.
     */
    Optional<LaterVoice> laterVoice(int position) {
        if (speechAt < 0) {
            return Optional.empty();
        }
        int previousEnd = speechEnd;
        Optional<LaterVoice> voice = Optional.empty();
        for (Alternatives.Found speech : SPEECH_WORDS.in(lower, speechEnd)) {
            if (speech.start() >= position) {
                break;
            }
            int from = previousEnd;
            int to = speech.start();
            voice = states.stream()
                    .filter(s -> s.start() >= from && s.end() <= to)
                    .reduce((first, second) -> second)
                    .filter(s ->
                            SUBJECT_GAP.matcher(lower.substring(s.end(), to)).matches())
                    .map(s -> new LaterVoice(s.code(), s.start()));
            previousEnd = speech.end();
        }
        return voice;
    }

    /**
     * Whether the speech in the sentence governs what is said at {@code position}: a speech verb
     * before it ("said Iran had sent …"), or a quotation that opens the sentence and is attributed
     * after it. A later "has promised to deliver …" does not make an earlier clause the speaker's.
     */
    boolean speechGoverns(int position) {
        return speechPosition() < position
                || quoteEnd() > position
                || attributedAfter(position)
                || speakerNamedBefore(position)
                || speaker.map(Speaker::onRecord).orElse(false);
    }

    /**
     * Wire copy's commonest shape: the statement first, its source after a comma ("Russia has started
     * delivering the S-400 to India, the head of its arms export agency said on Sunday"). The speech
     * verb then governs what comes before it: it has no clause of its own after it.
     */
    boolean attributedAfter(int position) {
        if (speechAt < 0 || position > speechAt) {
            return false;
        }
        int comma = lower.lastIndexOf(", ", speechAt);
        if (comma < position) {
            return false;
        }
        Matcher complement = BARE_COMPLEMENT.matcher(lower).region(speechEnd(), lower.length());
        return complement.lookingAt();
    }

    /**
     * Whether {@code position} lies in what a trailing attribution naming a state reports: in "Kim
     * shipped shells to Russia, South Korea's spy agency said", Kim is reported on, Seoul speaks.
     */
    boolean reportedByStateAfter(int position) {
        if (!attributedAfter(position)) {
            return false;
        }
        int comma = lower.lastIndexOf(", ", speechAt);
        return states.stream().anyMatch(s -> s.start() > comma && s.start() < speechAt);
    }

    /**
     * A named speaker whose name comes first acts in the clause: "Scholz on Monday gave his clearest
     * refusal yet to Ukraine's request for Taurus missiles, saying …".
     */
    private boolean speakerNamedBefore(int position) {
        return speaker.map(Speaker::name)
                .map(name -> name.substring(name.lastIndexOf(' ') + 1))
                .map(surname -> sentence.text().indexOf(surname))
                .filter(at -> at >= 0 && at < position)
                .isPresent();
    }

    /**
     * What may follow a speech verb that reports nothing after it: "said on Sunday, calling …", "told
     * reporters." A "that" or a "to" begins what it reports ("has promised to deliver …").
     */
    private static final Pattern BARE_COMPLEMENT = Alternatives.pattern(
            "(?:\\s+(?:on|in|at|after|before|during|last|this|earlier|later|late|while|when|yesterday"
                    + "|today|tonight|reporters|journalists|a|an|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b"
                    + "(?:\\s+(?!(?:that|to)\\b)[\\w'-]+){0,11})?\\s*(?:[,.;:]|$)");

    /** The speaker's name, else the title the sentence gives ("foreign ministry spokesman"), else null. */
    String speakerName() {
        return speaker.map(Speaker::name).orElseGet(this::role);
    }

    /** The statement this sentence records for {@code state}: its speaker, words, time and evidence. */
    Statement statement(String state, StatementTopic topic, Stance stance, Story story) {
        return new Statement(
                state,
                speakerName(),
                topic,
                stance,
                quote(),
                isBackground(),
                story.id(),
                story.url(),
                story.publishedAt(),
                sentence.evidence());
    }
}
