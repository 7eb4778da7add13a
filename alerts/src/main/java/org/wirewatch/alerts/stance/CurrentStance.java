package org.wirewatch.alerts.stance;

import java.time.Instant;
import java.util.List;
import org.wirewatch.model.AlertEvidence;
import org.wirewatch.model.Stance;
import org.wirewatch.model.WeaponCategory;

/**
 * The position a state holds now on one line and weapon category ({@code UNSPECIFIED} for arms in
 * general, and for sanctions and alignment lines), with the statements that show it.
 *
 * @param key the line's record key, state and line, e.g. {@code IRN|ARMS_TRANSFER:IRN>RUS}
 * @param since publication time of the story that established it
 */
public record CurrentStance(
        String key,
        String state,
        String line,
        WeaponCategory category,
        Stance stance,
        int score,
        Instant since,
        List<AlertEvidence> evidence) {

    public CurrentStance {
        evidence = List.copyOf(evidence);
    }
}
