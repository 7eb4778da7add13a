package org.wirewatch.processor.lexicon;

import java.util.List;
import org.wirewatch.model.WeaponCategory;

/**
 * Named weapon systems ({@code weapon-systems.tsv}: category, system, aliases, maker, context) and
 * generic weapon words ({@code weapon-terms.tsv}: category, terms, context), in one index.
 */
public final class WeaponLexicon {

    private static final String AMBIGUOUS = "ambiguous";

    private final TermIndex<WeaponEntry> index;

    private WeaponLexicon(TermIndex<WeaponEntry> index) {
        this.index = index;
    }

    public static WeaponLexicon standard() {
        TermIndex.Builder<WeaponEntry> index = TermIndex.builder();
        for (String[] row : TsvResource.rows(TsvResource.DIR + "weapon-systems.tsv", 4, 5)) {
            WeaponEntry entry = new WeaponEntry(
                    WeaponCategory.valueOf(row[0].strip()), row[1].strip(), blankToNull(row[3]), isAmbiguous(row[4]));
            index.name(entry.system(), entry);
            TsvResource.list(row[2]).forEach(alias -> index.name(alias, entry));
        }
        for (String[] row : TsvResource.rows(TsvResource.DIR + "weapon-terms.tsv", 2, 3)) {
            WeaponEntry entry =
                    new WeaponEntry(WeaponCategory.valueOf(row[0].strip()), null, null, isAmbiguous(row[2]));
            TsvResource.list(row[1]).forEach(term -> index.word(term, entry));
        }
        return new WeaponLexicon(index.build());
    }

    /** Every weapon term in {@code text}, in order. */
    public List<TermIndex.Match<WeaponEntry>> find(String text) {
        return index.find(text);
    }

    private static boolean isAmbiguous(String context) {
        return context != null && context.strip().equalsIgnoreCase(AMBIGUOUS);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
