package org.wirewatch.processor.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.wirewatch.model.ArmsTransferMention;
import org.wirewatch.model.SanctionMention;
import org.wirewatch.model.Statement;
import org.wirewatch.model.Story;
import org.wirewatch.processor.gazetteer.StateGazetteer;
import org.wirewatch.processor.gazetteer.StateMention;
import org.wirewatch.processor.text.Sentence;
import org.wirewatch.processor.text.SentenceSplitter;

/**
 * A rule-based extractor reading sentence by sentence: states from the gazetteer, weapon words,
 * stance wording. A story without any arms or sanction word is skipped before it is split, so the
 * bulk of the news costs one scan.
 */
public final class CueExtractor implements StoryExtractor {

    private static final Pattern RELEVANT = Pattern.compile(
            "sanction|weapon|\\barms\\b|drone|missile|tank|artillery|munition|ammunition|shell|air defen|jet"
                    + "|military aid|rocket|howitzer|uav");

    private final StateGazetteer gazetteer;
    private final SentenceSplitter splitter;
    private final ArmsTransferReader arms = new ArmsTransferReader();
    private final SanctionReader sanctions = new SanctionReader();

    public CueExtractor(StateGazetteer gazetteer, SentenceSplitter splitter) {
        this.gazetteer = gazetteer;
        this.splitter = splitter;
    }

    @Override
    public Extraction extract(Story story) {
        if (!RELEVANT.matcher(story.body().toLowerCase(Locale.ROOT)).find()) {
            return Extraction.NONE;
        }
        List<ArmsTransferMention> transfers = new ArrayList<>();
        List<SanctionMention> sanctionMentions = new ArrayList<>();
        List<Statement> statements = new ArrayList<>();
        for (Sentence sentence : splitter.split(story.body())) {
            List<StateMention> states = gazetteer.find(sentence.text());
            if (states.isEmpty()) {
                continue;
            }
            SentenceReading reading = SentenceReading.of(sentence, states);
            arms.read(reading, story).ifPresent(found -> {
                transfers.add(found.mention());
                addIfNew(statements, found.statement());
            });
            sanctions.read(reading, story).ifPresent(found -> {
                sanctionMentions.add(found.mention());
                addIfNew(statements, found.statement());
            });
        }
        return new Extraction(transfers, sanctionMentions, statements);
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
