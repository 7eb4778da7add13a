package org.wirewatch.processor.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.wirewatch.model.ArmsTransferMention;
import org.wirewatch.model.SanctionMention;
import org.wirewatch.model.Statement;
import org.wirewatch.model.Story;
import org.wirewatch.processor.lexicon.Lexicons;
import org.wirewatch.processor.lexicon.Officials;
import org.wirewatch.processor.lexicon.StateMention;
import org.wirewatch.processor.lexicon.StateNames;
import org.wirewatch.processor.text.Alternatives;
import org.wirewatch.processor.text.Sentence;
import org.wirewatch.processor.text.SentenceSplitter;

/**
 * A rule-based extractor reading sentence by sentence: states, speakers and weapons from the
 * lexicons, stance wording from cue patterns. A story without any weapon or sanction word is
 * skipped before it is split, so the bulk of the news costs one scan over the lexicon tries.
 */
public final class CueExtractor implements StoryExtractor {

    /** Lines of a scraped page that are not the story: tags, share bars, menus, "related" links. */
    private static final Pattern PAGE_FURNITURE = Alternatives.pattern(
            "^(?:tags?|topics?|share(?: this| on)?|related(?: stories| articles)?|read (?:also|more)|more on this"
                    + "(?: topic)?|see also|follow us)\\b|(?:\\s\\|\\s.*){2,}",
            Pattern.CASE_INSENSITIVE);

    private final StateNames states;
    private final WeaponFinder weapons;
    private final SentenceSplitter splitter;
    private final ArmsTransferReader arms;
    private final SanctionReader sanctions;
    private final AlignmentReader alignment = new AlignmentReader();

    private final Officials officials;

    public CueExtractor(Lexicons lexicons, SentenceSplitter splitter) {
        this.states = lexicons.states();
        this.splitter = splitter;
        this.officials = lexicons.officials();
        this.weapons = new WeaponFinder(lexicons.weapons());
        this.arms = new ArmsTransferReader(weapons);
        this.sanctions = new SanctionReader(weapons, states);
    }

    @Override
    public Extraction extract(Story story, KnownSpeakers known) {
        if (!SanctionReader.mentionsSanction(story.body()) && !weapons.mayNameAWeapon(story.body())) {
            return Extraction.NONE;
        }
        List<ArmsTransferMention> transfers = new ArrayList<>();
        List<SanctionMention> sanctionMentions = new ArrayList<>();
        List<Statement> statements = new ArrayList<>();
        String host = Dateline.stateOf(story.body(), states).orElse(null);
        Speakers speakers = new Speakers(officials, known, story, host);
        HomeForeignOffice foreignOffice = HomeForeignOffice.of(story.body(), host, states);
        boolean warStory = AlignmentReader.aboutTheWar(story);
        StoryContext context = new StoryContext(warStory ? AlignmentReader.WAR_SIDES : List.of());
        KoreanShorthand korea = KoreanShorthand.of(story.body());
        List<Sentence> sentences = splitter.split(story.body());
        Map<Integer, Integer> quoteClosers = QuoteRuns.closers(sentences);
        Map<Integer, Integer> quoteContinuations = QuoteRuns.continuations(sentences);
        Optional<Speaker> quoted = Optional.empty();
        int quoteEnds = -1;
        Optional<Speaker> lastVoice = Optional.empty();
        for (int i = 0; i < sentences.size(); i++) {
            Sentence sentence = sentences.get(i);
            if (quoteClosers.containsKey(i)) {
                quoteEnds = quoteClosers.get(i);
                String attribution =
                        QuoteRuns.attribution(sentences.get(quoteEnds).text());
                quoted = speakers.attribution(attribution, foreignOffice.addTo(states.find(attribution)));
            }
            if (i >= quoteEnds) {
                quoted = i > 0
                        ? QuoteRuns.speakerGoingOn(story.body(), sentences.get(i - 1), sentence, lastVoice)
                        : Optional.empty();
            }
            if (PAGE_FURNITURE.matcher(sentence.text()).find()) {
                continue;
            }
            SentenceReading reading = StoryInstitutions.resolve(
                    SentenceReading.of(
                            sentence,
                            StateGroups.addTo(
                                    sentence.text(),
                                    korea.addTo(sentence.text(), foreignOffice.addTo(states.find(sentence.text())))),
                            speakers,
                            quoted),
                    story);
            lastVoice = reading.speaker();
            context.sentence(reading.states().stream().map(StateMention::code).toList());
            if (quoteContinuations.containsKey(i) && reading.speaker().isPresent()) {
                quoted = reading.speaker();
                quoteEnds = quoteContinuations.get(i) + 1;
            }
            // a side taken needs no state named: "We are not standing on either side of this conflict"
            alignment.read(reading, story, warStory).ifPresent(statement -> addIfNew(statements, statement));
            // A sentence naming no state still counts when a known speaker takes a stance in it
            // ("We have never sent drones," he said): its topic comes from the story so far.
            if (reading.states().isEmpty() && (reading.speaker().isEmpty() || reading.claim() == ClaimKind.ASSERTION)) {
                continue;
            }
            for (ArmsTransferReader.Found found : arms.read(reading, story, context)) {
                if (found.mention() != null) {
                    transfers.add(found.mention());
                }
                addIfNew(statements, found.statement());
            }
            sanctions.read(reading, story, context).ifPresent(found -> {
                if (found.mention() != null) {
                    sanctionMentions.add(found.mention());
                }
                addIfNew(statements, found.statement());
            });
        }
        return new Extraction(transfers, sanctionMentions, statements, speakers.learned());
    }

    /** One statement per state, topic and stance in a story: the first sentence that says it. */
    private static void addIfNew(List<Statement> statements, Statement statement) {
        if (statement == null) {
            return;
        }
        boolean seen = statements.stream()
                .anyMatch(s -> s.state().equals(statement.state())
                        && s.topic().equals(statement.topic())
                        && s.stance() == statement.stance()
                        && s.background() == statement.background());
        if (!seen) {
            statements.add(statement);
        }
    }
}
