package org.wirewatch.processor.extract;

import java.util.List;
import java.util.Set;

/**
 * Organisations that impose sanctions as one, and who speaks on their row: an EU member on EU
 * sanctions, any UN member (the Security Council's above all) on UN sanctions.
 */
final class Memberships {

    private static final Set<String> EU = Set.of(
            "AUT", "BEL", "BGR", "HRV", "CYP", "CZE", "DNK", "EST", "FIN", "FRA", "DEU", "GRC", "HUN", "IRL", "ITA",
            "LVA", "LTU", "LUX", "MLT", "NLD", "POL", "PRT", "ROU", "SVK", "SVN", "ESP", "SWE");
    private static final List<String> ORGANISATIONS = List.of("EU", "UN");

    private Memberships() {}

    static boolean isMember(String state, String organisation) {
        return switch (organisation) {
            case "EU" -> EU.contains(state);
            case "UN" -> state.length() == 3;
            default -> false;
        };
    }

    static boolean isOrganisation(String code) {
        return ORGANISATIONS.contains(code);
    }

    /** The organisation among {@code named} that {@code state} belongs to, if any. */
    static String organisationOf(String state, List<String> named) {
        return ORGANISATIONS.stream()
                .filter(named::contains)
                .filter(org -> isMember(state, org))
                .findFirst()
                .orElse(null);
    }
}
