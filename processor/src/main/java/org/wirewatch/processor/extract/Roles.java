package org.wirewatch.processor.extract;

import java.util.Locale;
import org.wirewatch.processor.lexicon.Rank;

/** Titles of people who speak for states, and how senior each is. */
final class Roles {

    static final String PATTERN = "(?:spokes(?:man|woman|person)|foreign minister|defen[cs]e minister|prime minister"
            + "|president|national security adviser|security adviser|supreme leader|envoy|special envoy|ambassador"
            + "|chancellor|secretary of state|secretary of defen[cs]e|secretary|minister|premier|press secretary"
            + "|chief of staff|commander|deputy foreign minister|foreign secretary|defen[cs]e secretary|leader)";

    private Roles() {}

    static Rank rankOf(String title) {
        String t = title.toLowerCase(Locale.ROOT);
        if (t.contains("spokes") || t.contains("press secretary")) {
            return Rank.SPOKESPERSON;
        }
        if (t.contains("supreme leader") || t.contains("president")) {
            return Rank.HEAD_OF_STATE;
        }
        if (t.contains("prime minister") || t.contains("chancellor") || t.contains("premier")) {
            return Rank.HEAD_OF_GOVERNMENT;
        }
        if (t.contains("foreign minister") || t.contains("secretary of state") || t.contains("foreign secretary")) {
            return t.contains("deputy") ? Rank.MINISTER : Rank.FOREIGN_MINISTER;
        }
        if (t.contains("defence") || t.contains("defense")) {
            return Rank.DEFENCE_MINISTER;
        }
        if (t.contains("security adviser")) {
            return Rank.SECURITY_ADVISER;
        }
        if (t.contains("envoy") || t.contains("ambassador")) {
            return Rank.ENVOY;
        }
        return t.contains("commander") ? Rank.MILITARY : Rank.OFFICIAL;
    }
}
