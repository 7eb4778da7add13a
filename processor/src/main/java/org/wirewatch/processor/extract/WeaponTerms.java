package org.wirewatch.processor.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.wirewatch.model.WeaponCategory;

/**
 * Weapon words and a few named systems. Named systems are checked first so that "Shahed-136
 * drones" records the system. A starting set; the extraction issue replaces it with a data file.
 */
final class WeaponTerms {

    private record Term(WeaponCategory category, boolean named, Pattern pattern) {}

    private static final List<Term> TERMS = List.of(
            named(WeaponCategory.UAV, "Shahed-1[0-9]{2}|Geran-2|Mohajer-6|Lancet|Bayraktar TB2|Switchblade"),
            named(WeaponCategory.MISSILE, "ATACMS|Storm Shadow|SCALP|Taurus|Iskander|KN-23|Fath-360|Tomahawk"),
            named(WeaponCategory.AIR_DEFENSE, "S-[34]00|Patriot|NASAMS|IRIS-T|Stinger"),
            named(WeaponCategory.ARTILLERY, "HIMARS|Caesar|M777"),
            named(WeaponCategory.ARMORED_VEHICLE, "Leopard(?: [12][A-Z0-9]*)?|Abrams|Challenger 2|Bradley|Marder"),
            named(WeaponCategory.AIRCRAFT, "F-16s?|F-35s?|Gripen|MiG-29s?|Su-35s?"),
            named(WeaponCategory.SMALL_ARMS, "Javelin|NLAW"),
            generic(WeaponCategory.UAV, "drones?|uavs?|unmanned aerial vehicles?|loitering munitions?"),
            generic(WeaponCategory.MISSILE, "(?:ballistic |cruise )?missiles?|rockets?"),
            generic(WeaponCategory.AIR_DEFENSE, "air[- ]defen[cs]e(?: systems?)?"),
            generic(WeaponCategory.ARTILLERY, "artillery|howitzers?"),
            generic(WeaponCategory.AMMUNITION, "ammunition|munitions|shells|rounds"),
            generic(WeaponCategory.ARMORED_VEHICLE, "tanks|armou?red vehicles|infantry fighting vehicles"),
            generic(WeaponCategory.AIRCRAFT, "fighter jets|warplanes|combat aircraft|jets"),
            generic(WeaponCategory.NAVAL, "warships|submarines|frigates|patrol boats"),
            generic(WeaponCategory.SMALL_ARMS, "rifles|small arms|machine guns"),
            generic(WeaponCategory.UNSPECIFIED, "weapons|arms|military aid|military equipment|weaponry"));

    private WeaponTerms() {}

    /** The first weapon term in the sentence, preferring named systems over generic words. */
    static Optional<WeaponTerm> first(String sentence) {
        List<WeaponTerm> found = new ArrayList<>();
        for (Term term : TERMS) {
            Matcher m = term.pattern().matcher(sentence);
            if (m.find()) {
                found.add(new WeaponTerm(term.category(), term.named() ? m.group() : null, m.start(), m.end()));
            }
        }
        return found.stream()
                .min((a, b) -> a.system() != null && b.system() == null
                        ? -1
                        : b.system() != null && a.system() == null ? 1 : Integer.compare(a.start(), b.start()));
    }

    private static Term named(WeaponCategory category, String regex) {
        return new Term(category, true, Pattern.compile("\\b(?:" + regex + ")\\b"));
    }

    private static Term generic(WeaponCategory category, String regex) {
        return new Term(category, false, Pattern.compile("\\b(?:" + regex + ")\\b", Pattern.CASE_INSENSITIVE));
    }
}
