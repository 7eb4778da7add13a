package org.wirewatch.app.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.wirewatch.app.replay.Replay;
import org.wirewatch.model.ArmsTransferMention;
import org.wirewatch.model.SanctionMention;
import org.wirewatch.model.StanceShiftAlert;
import org.wirewatch.model.Statement;

/** What a replay produced, gathered by story (mentions, statements) and in order (alerts). */
final class Outputs implements Consumer<Replay.Output> {

    private final Map<String, List<ArmsTransferMention>> arms = new HashMap<>();
    private final Map<String, List<SanctionMention>> sanctions = new HashMap<>();
    private final Map<String, List<Statement>> statements = new HashMap<>();
    private final List<StanceShiftAlert> alerts = new ArrayList<>();

    @Override
    public void accept(Replay.Output output) {
        Object value = output.value();
        if (value instanceof ArmsTransferMention m) {
            arms.computeIfAbsent(m.storyId(), k -> new ArrayList<>()).add(m);
        } else if (value instanceof SanctionMention m) {
            sanctions.computeIfAbsent(m.storyId(), k -> new ArrayList<>()).add(m);
        } else if (value instanceof Statement s) {
            statements.computeIfAbsent(s.storyId(), k -> new ArrayList<>()).add(s);
        } else if (value instanceof StanceShiftAlert a) {
            alerts.add(a);
        }
    }

    List<ArmsTransferMention> arms(String storyId) {
        return arms.getOrDefault(storyId, List.of());
    }

    List<SanctionMention> sanctions(String storyId) {
        return sanctions.getOrDefault(storyId, List.of());
    }

    List<Statement> statements(String storyId) {
        return statements.getOrDefault(storyId, List.of());
    }

    List<StanceShiftAlert> alerts() {
        return List.copyOf(alerts);
    }

    boolean anyFor(String storyId) {
        return !arms(storyId).isEmpty()
                || !sanctions(storyId).isEmpty()
                || !statements(storyId).isEmpty();
    }
}
