package org.wirewatch.app.alerts;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.wirewatch.alerts.stance.SpeakerStandings;
import org.wirewatch.alerts.stance.Standing;
import org.wirewatch.processor.lexicon.Officials;
import org.wirewatch.processor.lexicon.Rank;

/**
 * A speaker's standing from the processor's officials dictionary (the post held at the time), or
 * from the title when a statement names a role instead of a person ("the foreign minister").
 */
public final class OfficialStandings implements SpeakerStandings {

    private static final List<String> LEADING_TITLES = List.of(
            "president",
            "prime minister",
            "chancellor",
            "supreme leader",
            "king",
            "emir",
            "foreign minister",
            "defence minister",
            "defense minister",
            "secretary of state",
            "minister of foreign affairs");

    private final Officials officials;

    public OfficialStandings(Officials officials) {
        this.officials = officials;
    }

    public static OfficialStandings standard() {
        return new OfficialStandings(Officials.standard());
    }

    @Override
    public Standing of(String speaker, Instant at) {
        if (speaker == null || speaker.isBlank()) {
            return Standing.ORDINARY;
        }
        var known = officials.find(speaker, at);
        if (!known.isEmpty()) {
            return standingOf(known.get(0).values().get(0).rank());
        }
        String title = speaker.toLowerCase(Locale.ROOT);
        return LEADING_TITLES.stream().anyMatch(title::startsWith) ? Standing.LEADER : Standing.ORDINARY;
    }

    static Standing standingOf(Rank rank) {
        return switch (rank) {
            case HEAD_OF_STATE, HEAD_OF_GOVERNMENT, FOREIGN_MINISTER, DEFENCE_MINISTER -> Standing.LEADER;
            case SECURITY_ADVISER, SPOKESPERSON, ENVOY, MINISTER -> Standing.ORDINARY;
            case MILITARY, OFFICIAL, LEGISLATOR -> Standing.JUNIOR;
        };
    }
}
