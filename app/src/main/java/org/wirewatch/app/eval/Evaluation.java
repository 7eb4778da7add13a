package org.wirewatch.app.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.wirewatch.app.replay.Replay;
import org.wirewatch.model.ArmsTransferMention;
import org.wirewatch.model.Story;

/**
 * Scores the monitor on a labelled corpus: every story is replayed once for mentions and
 * statements; each timeline is replayed on its own, from an empty state, for alerts.
 */
public final class Evaluation {

    private Evaluation() {}

    public static EvalReport run(Path corpusDir, Path stateDir) throws IOException {
        Corpus corpus = Corpus.read(corpusDir);
        Outputs all = new Outputs();
        Replay.run(List.copyOf(corpus.stories().values()), stateDir.resolve("all"), all);

        List<String> misses = new ArrayList<>();
        Score arms = Score.ZERO;
        Score sanctions = Score.ZERO;
        Score statements = Score.ZERO;
        int modalityCorrect = 0;
        int modalityMatched = 0;
        int decoys = 0;
        int decoysWithOutput = 0;
        for (Map.Entry<String, Gold> entry : corpus.gold().entrySet()) {
            String slug = entry.getKey();
            Gold gold = entry.getValue();
            String id = corpus.story(slug).id();
            arms = arms.plus(Tuples.compare(
                    set(gold.armsTransfers(), Tuples::of), set(all.arms(id), Tuples::of), misses, slug + " arms"));
            sanctions = sanctions.plus(Tuples.compare(
                    set(gold.sanctions(), Tuples::of),
                    set(all.sanctions(id), Tuples::of),
                    misses,
                    slug + " sanctions"));
            statements = statements.plus(Tuples.compare(
                    set(gold.statements(), Tuples::of),
                    set(all.statements(id), Tuples::of),
                    misses,
                    slug + " statements"));
            for (Gold.Arms label : gold.armsTransfers()) {
                List<ArmsTransferMention> same = all.arms(id).stream()
                        .filter(m -> Tuples.of(m).equals(Tuples.of(label)))
                        .toList();
                if (!same.isEmpty()) {
                    modalityMatched++;
                    if (same.stream().anyMatch(m -> m.modality() == label.modality())) {
                        modalityCorrect++;
                    } else {
                        misses.add(slug + " modality " + label.modality() + " read as "
                                + same.get(0).modality());
                    }
                }
            }
            if (!gold.relevant()) {
                decoys++;
                decoysWithOutput += all.anyFor(id) ? 1 : 0;
            }
        }
        Score alerts = Score.ZERO;
        int index = 0;
        for (Gold.Timeline timeline : corpus.timelines()) {
            alerts = alerts.plus(alerts(corpus, timeline, stateDir.resolve("timeline-" + index++), misses));
        }
        return new EvalReport(
                arms,
                sanctions,
                statements,
                alerts,
                modalityCorrect,
                modalityMatched,
                decoysWithOutput,
                decoys,
                corpus.gold().size(),
                corpus.timelines().size(),
                misses);
    }

    private static Score alerts(Corpus corpus, Gold.Timeline timeline, Path stateDir, List<String> misses) {
        List<Story> stories = timeline.stories().stream().map(corpus::story).toList();
        Outputs outputs = new Outputs();
        Replay.run(stories, stateDir, outputs);
        return Tuples.compareCounted(
                timeline.alerts().stream().map(Tuples::of).toList(),
                outputs.alerts().stream().map(Tuples::of).toList(),
                misses,
                "timeline '" + timeline.name() + "' alerts");
    }

    private static <A, T> Set<T> set(List<A> items, Function<A, T> tuple) {
        Set<T> tuples = new HashSet<>();
        items.forEach(item -> tuples.add(tuple.apply(item)));
        return tuples;
    }
}
