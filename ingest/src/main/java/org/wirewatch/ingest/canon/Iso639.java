package org.wirewatch.ingest.canon;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * ISO 639-3 codes, as the OpenNLP language detector names languages, reduced to the ISO 639-1
 * codes {@code stories.raw} records. The JDK knows the three-letter code of every two-letter one,
 * but gives macrolanguages ({@code fas}, {@code zho}) where the model names an individual language
 * ({@code pes}, {@code cmn}): those are listed here. Languages without a two-letter code (Cebuano,
 * Low German …) have none.
 */
final class Iso639 {

    /** Individual languages the detector names, by the macrolanguage's two-letter code. */
    private static final Map<String, String> INDIVIDUAL = Map.of(
            "pes", "fa", // Iranian Persian
            "cmn", "zh", // Mandarin
            "lvs", "lv", // Standard Latvian
            "ekk", "et", // Standard Estonian
            "pnb", "pa", // Western Punjabi
            "plt", "mg", // Plateau Malagasy
            "zsm", "ms", // Standard Malay
            "arb", "ar"); // Standard Arabic

    private static final Map<String, String> TWO_LETTER = twoLetterCodes();

    private Iso639() {}

    /** The ISO 639-1 code of an ISO 639-3 (or 639-2/T) code, if the language has one. */
    static Optional<String> twoLetterCode(String threeLetterCode) {
        return Optional.ofNullable(TWO_LETTER.get(threeLetterCode));
    }

    private static Map<String, String> twoLetterCodes() {
        Map<String, String> codes = new HashMap<>(INDIVIDUAL);
        for (String code : Locale.getISOLanguages()) {
            codes.putIfAbsent(Locale.forLanguageTag(code).getISO3Language(), code);
        }
        return Map.copyOf(codes);
    }
}
