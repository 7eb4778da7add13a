package org.wirewatch.processor.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.wirewatch.model.WeaponCategory;

/**
 * Checks the two weapon data files as data, with plain Java and no production code: {@code
 * weapon-systems.tsv} (category, system, aliases, maker, context) and {@code weapon-terms.tsv}
 * (category, terms, context).
 *
 * <p>Convention tested here: a system's canonical name is itself a surface form, and its aliases
 * column lists only the other forms, never the name again. No surface form (name or alias) may
 * stand for two systems, compared ignoring case, so that a story's wording always resolves to one
 * system whatever the capitalisation of a headline.
 */
class WeaponFilesTest {

    private static final String SYSTEMS = "weapon-systems.tsv";
    private static final String TERMS = "weapon-terms.tsv";
    private static final String AMBIGUOUS = "ambiguous";
    private static final int MIN_SYSTEMS = 180;

    private static final Set<String> ISO_ALPHA3 = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3);

    /** One data line of a file, split on tabs, with its 1-based line number. */
    private record Line(int number, String text, String[] columns) {
        String column(int index) {
            return index < columns.length ? columns[index] : "";
        }
    }

    private record SystemRow(
            int line, String category, String system, List<String> aliases, String maker, String context) {
        List<String> surfaceForms() {
            List<String> forms = new ArrayList<>();
            forms.add(system);
            forms.addAll(aliases);
            return forms;
        }
    }

    private record TermRow(int line, String category, List<String> terms, String context) {}

    private static final List<Line> SYSTEM_LINES = lines(SYSTEMS);
    private static final List<Line> TERM_LINES = lines(TERMS);
    private static final List<SystemRow> SYSTEM_ROWS = SYSTEM_LINES.stream()
            .map(l ->
                    new SystemRow(l.number(), l.column(0), l.column(1), values(l.column(2)), l.column(3), l.column(4)))
            .toList();
    private static final List<TermRow> TERM_ROWS = TERM_LINES.stream()
            .map(l -> new TermRow(l.number(), l.column(0), values(l.column(1)), l.column(2)))
            .toList();

    // ---------------------------------------------------------------- format

    @Test
    void systemRowsHaveFiveColumns() {
        // The loader accepts a row without its trailing (empty) context column; nothing else.
        assertThat(SYSTEM_LINES)
                .filteredOn(l -> l.columns().length < 4 || l.columns().length > 5)
                .extracting(WeaponFilesTest::describe)
                .isEmpty();
    }

    @Test
    void termRowsHaveThreeColumns() {
        assertThat(TERM_LINES)
                .filteredOn(l -> l.columns().length < 2 || l.columns().length > 3)
                .extracting(WeaponFilesTest::describe)
                .isEmpty();
    }

    @Test
    void cellsCarryNoStrayWhitespace() {
        List<String> bad = new ArrayList<>();
        for (Line line : concat(SYSTEM_LINES, TERM_LINES)) {
            for (String cell : line.columns()) {
                if (!cell.equals(cell.strip()) || cell.contains("  ") || cell.contains("\r")) {
                    bad.add(describe(line));
                }
            }
        }
        assertThat(bad).isEmpty();
    }

    @Test
    void listsHaveNoEmptyOrPaddedItems() {
        List<String> bad = new ArrayList<>();
        for (Line line : SYSTEM_LINES) {
            checkList(line, line.column(2), true, bad);
        }
        for (Line line : TERM_LINES) {
            checkList(line, line.column(1), false, bad);
        }
        assertThat(bad).isEmpty();
    }

    @Test
    void contextIsEmptyOrAmbiguous() {
        assertThat(SYSTEM_ROWS)
                .filteredOn(r -> !r.context().isEmpty() && !r.context().equals(AMBIGUOUS))
                .extracting(r -> r.line() + ": " + r.context())
                .isEmpty();
        assertThat(TERM_ROWS)
                .filteredOn(r -> !r.context().isEmpty() && !r.context().equals(AMBIGUOUS))
                .extracting(r -> r.line() + ": " + r.context())
                .isEmpty();
    }

    // ---------------------------------------------------------------- categories and makers

    @Test
    void systemCategoriesAreWeaponCategoriesOtherThanUnspecified() {
        Set<String> allowed = Arrays.stream(WeaponCategory.values())
                .filter(c -> c != WeaponCategory.UNSPECIFIED)
                .map(Enum::name)
                .collect(Collectors.toSet());
        assertThat(SYSTEM_ROWS)
                .filteredOn(r -> !allowed.contains(r.category()))
                .extracting(r -> r.line() + ": " + r.category())
                .isEmpty();
    }

    @Test
    void termCategoriesAreWeaponCategories() {
        Set<String> allowed =
                Arrays.stream(WeaponCategory.values()).map(Enum::name).collect(Collectors.toSet());
        assertThat(TERM_ROWS)
                .filteredOn(r -> !allowed.contains(r.category()))
                .extracting(r -> r.line() + ": " + r.category())
                .isEmpty();
    }

    @Test
    void everyCategoryHasGenericTermsAndEveryNamedCategoryHasSystems() {
        assertThat(TERM_ROWS.stream().map(TermRow::category).collect(Collectors.toSet()))
                .containsExactlyInAnyOrderElementsOf(
                        Arrays.stream(WeaponCategory.values()).map(Enum::name).toList());
        assertThat(SYSTEM_ROWS.stream().map(SystemRow::category).collect(Collectors.toSet()))
                .containsExactlyInAnyOrderElementsOf(Arrays.stream(WeaponCategory.values())
                        .filter(c -> c != WeaponCategory.UNSPECIFIED)
                        .map(Enum::name)
                        .toList());
    }

    @Test
    void makerIsAnUpperCaseIsoAlpha3Code() {
        assertThat(SYSTEM_ROWS)
                .filteredOn(r -> !r.maker().matches("[A-Z]{3}") || !ISO_ALPHA3.contains(r.maker()))
                .extracting(r -> r.line() + ": " + r.system() + " maker '" + r.maker() + "'")
                .isEmpty();
    }

    // ---------------------------------------------------------------- systems

    @Test
    void listsAtLeast180Systems() {
        assertThat(SYSTEM_ROWS.stream().map(SystemRow::system).distinct().count())
                .isGreaterThanOrEqualTo(MIN_SYSTEMS);
    }

    @Test
    void eachSystemHasOneRow() {
        Map<String, List<Integer>> rows = new LinkedHashMap<>();
        SYSTEM_ROWS.forEach(
                r -> rows.computeIfAbsent(r.system(), k -> new ArrayList<>()).add(r.line()));
        assertThat(rows)
                .allSatisfy((system, lines) ->
                        assertThat(lines).as("rows of %s", system).hasSize(1));
    }

    @Test
    void systemNameIsItsOwnSurfaceFormAndIsNotRepeatedAmongItsAliases() {
        assertThat(SYSTEM_ROWS)
                .filteredOn(r -> r.system().isEmpty() || r.aliases().contains(r.system()))
                .extracting(r -> r.line() + ": " + r.system())
                .isEmpty();
        assertThat(SYSTEM_ROWS)
                .filteredOn(
                        r -> new HashSet<>(r.aliases()).size() != r.aliases().size())
                .extracting(r -> r.line() + ": " + r.system() + " repeats an alias")
                .isEmpty();
    }

    @Test
    void noSurfaceFormBelongsToTwoSystems() {
        Map<String, String> owner = new HashMap<>();
        List<String> clashes = new ArrayList<>();
        for (SystemRow row : SYSTEM_ROWS) {
            for (String form : row.surfaceForms()) {
                String previous = owner.putIfAbsent(fold(form), row.system());
                if (previous != null && !previous.equals(row.system())) {
                    clashes.add("'" + form + "' is both " + previous + " and " + row.system());
                }
            }
        }
        assertThat(clashes).isEmpty();
    }

    @Test
    void surfaceFormsAreNamesOnlyWithoutAGenericWordTacked() {
        // "Abrams", not "Abrams tanks": the generic word is matched on its own.
        List<String> terms = TERM_ROWS.stream().flatMap(r -> r.terms().stream()).toList();
        List<String> bad = new ArrayList<>();
        for (SystemRow row : SYSTEM_ROWS) {
            for (String form : row.surfaceForms()) {
                terms.stream()
                        .filter(term -> form.endsWith(" " + term) || form.endsWith("-" + term))
                        .forEach(term -> bad.add(row.line() + ": '" + form + "' ends with '" + term + "'"));
            }
        }
        assertThat(bad).isEmpty();
    }

    @Test
    void noSurfaceFormIsAlsoAGenericTerm() {
        Set<String> terms = TERM_ROWS.stream()
                .flatMap(r -> r.terms().stream())
                .map(WeaponFilesTest::fold)
                .collect(Collectors.toSet());
        assertThat(SYSTEM_ROWS.stream().flatMap(r -> r.surfaceForms().stream()))
                .filteredOn(form -> terms.contains(fold(form)))
                .isEmpty();
    }

    @Test
    void wellKnownSystemsResolveAsAnAnalystExpects() {
        Map<String, SystemRow> byForm = new HashMap<>();
        SYSTEM_ROWS.forEach(r -> r.surfaceForms().forEach(f -> byForm.put(f, r)));

        assertSystem(byForm, "Shahed-136", "Shahed-136", "UAV", "IRN");
        assertSystem(byForm, "Geran-2", "Shahed-136", "UAV", "IRN");
        assertSystem(byForm, "Shahed", "Shahed-136", "UAV", "IRN");
        assertSystem(byForm, "Mohajer-6", "Mohajer-6", "UAV", "IRN");
        assertSystem(byForm, "Leopard 2A6", "Leopard 2", "ARMORED_VEHICLE", "DEU");
        assertSystem(byForm, "Leopard 2s", "Leopard 2", "ARMORED_VEHICLE", "DEU");
        assertSystem(byForm, "ATACMS", "ATACMS", "MISSILE", "USA");
        assertSystem(byForm, "Storm Shadow", "Storm Shadow", "MISSILE", "GBR");
        assertSystem(byForm, "SCALP-EG", "SCALP", "MISSILE", "FRA");
        assertSystem(byForm, "Taurus", "Taurus", "MISSILE", "DEU");
        assertSystem(byForm, "F-16s", "F-16", "AIRCRAFT", "USA");
        assertSystem(byForm, "KN-23", "KN-23", "MISSILE", "PRK");
        assertSystem(byForm, "Iskander", "Iskander-M", "MISSILE", "RUS");
        assertSystem(byForm, "Patriot", "Patriot", "AIR_DEFENSE", "USA");
        assertSystem(byForm, "HIMARS", "HIMARS", "ARTILLERY", "USA");
        assertSystem(byForm, "Bayraktar TB2", "Bayraktar TB2", "UAV", "TUR");
        assertSystem(byForm, "Wing Loong II", "Wing Loong II", "UAV", "CHN");
        assertSystem(byForm, "Javelin", "Javelin", "SMALL_ARMS", "USA");

        assertThat(byForm.get("Patriot").context()).isEqualTo(AMBIGUOUS);
        assertThat(byForm.get("Taurus").context()).isEqualTo(AMBIGUOUS);
        assertThat(byForm.get("Leopard").context()).isEqualTo(AMBIGUOUS);
        assertThat(byForm.get("Kinzhal").context()).isEmpty();
        assertThat(byForm.get("ATACMS").context()).isEmpty();
    }

    // ---------------------------------------------------------------- generic terms

    @Test
    void termsAreLowerCase() {
        assertThat(TERM_ROWS.stream().flatMap(r -> r.terms().stream()))
                .filteredOn(t -> !t.equals(t.toLowerCase(Locale.ROOT)))
                .isEmpty();
    }

    @Test
    void noGenericTermIsListedTwice() {
        // Across categories this would make a word mean two things; within one it is noise.
        Map<String, String> owner = new HashMap<>();
        List<String> clashes = new ArrayList<>();
        for (TermRow row : TERM_ROWS) {
            for (String term : row.terms()) {
                String previous = owner.putIfAbsent(fold(term), row.category() + " (line " + row.line() + ")");
                if (previous != null) {
                    clashes.add(
                            "'" + term + "' is " + previous + " and " + row.category() + " (line " + row.line() + ")");
                }
            }
        }
        assertThat(clashes).isEmpty();
    }

    @Test
    void wellKnownTermsResolveAsAnAnalystExpects() {
        Map<String, TermRow> byTerm = new HashMap<>();
        TERM_ROWS.forEach(r -> r.terms().forEach(t -> byTerm.put(t, r)));
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("drones", "UAV");
        expected.put("kamikaze drones", "UAV");
        expected.put("loitering munitions", "UAV");
        expected.put("ballistic missiles", "MISSILE");
        expected.put("surface-to-air missiles", "AIR_DEFENSE");
        expected.put("air defence", "AIR_DEFENSE");
        expected.put("air defense", "AIR_DEFENSE");
        expected.put("howitzers", "ARTILLERY");
        expected.put("155mm shells", "AMMUNITION");
        expected.put("2,000-pound bombs", "AMMUNITION");
        expected.put("glide bombs", "AMMUNITION");
        expected.put("cluster munitions", "AMMUNITION");
        expected.put("tanks", "ARMORED_VEHICLE");
        expected.put("armoured vehicles", "ARMORED_VEHICLE");
        expected.put("armored vehicles", "ARMORED_VEHICLE");
        expected.put("fighter jets", "AIRCRAFT");
        expected.put("warships", "NAVAL");
        expected.put("sea drones", "NAVAL");
        expected.put("small arms", "SMALL_ARMS");
        expected.put("weapons", "UNSPECIFIED");
        expected.put("military aid", "UNSPECIFIED");
        expected.put("arms", "UNSPECIFIED");
        Map<String, String> actual = new LinkedHashMap<>();
        expected.keySet()
                .forEach(
                        t -> actual.put(t, byTerm.containsKey(t) ? byTerm.get(t).category() : null));
        assertThat(actual).isEqualTo(expected);

        for (String term : List.of("arms", "rounds", "shells", "tank", "jets")) {
            assertThat(byTerm.get(term).context()).as(term).isEqualTo(AMBIGUOUS);
        }
        for (String term : List.of("drones", "tanks", "weapons", "military aid", "ammunition")) {
            assertThat(byTerm.get(term).context()).as(term).isEmpty();
        }
    }

    @Test
    void categoryCountsAreReported() {
        Map<WeaponCategory, Long> systems = new EnumMap<>(WeaponCategory.class);
        SYSTEM_ROWS.forEach(r -> systems.merge(WeaponCategory.valueOf(r.category()), 1L, Long::sum));
        Map<WeaponCategory, Long> terms = new EnumMap<>(WeaponCategory.class);
        TERM_ROWS.forEach(r -> terms.merge(
                WeaponCategory.valueOf(r.category()), (long) r.terms().size(), Long::sum));
        System.out.println("weapon systems per category: " + systems + ", total " + SYSTEM_ROWS.size());
        System.out.println("generic weapon terms per category: " + terms);
        assertThat(systems.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(SYSTEM_ROWS.size());
    }

    // ---------------------------------------------------------------- helpers

    private static void assertSystem(
            Map<String, SystemRow> byForm, String form, String system, String category, String maker) {
        assertThat(byForm).as("surface form %s", form).containsKey(form);
        SystemRow row = byForm.get(form);
        assertThat(List.of(row.system(), row.category(), row.maker()))
                .as("surface form %s", form)
                .containsExactly(system, category, maker);
    }

    private static void checkList(Line line, String column, boolean mayBeEmpty, List<String> bad) {
        if (column.isEmpty()) {
            if (!mayBeEmpty) {
                bad.add(describe(line) + " (empty list)");
            }
            return;
        }
        for (String item : column.split("\\|", -1)) {
            if (item.isEmpty() || !item.equals(item.strip())) {
                bad.add(describe(line) + " (item '" + item + "')");
            }
        }
    }

    private static List<String> values(String column) {
        return column.isEmpty() ? List.of() : List.of(column.split("\\|", -1));
    }

    private static String fold(String text) {
        return text.toLowerCase(Locale.ROOT);
    }

    private static String describe(Line line) {
        return line.number() + ": " + line.text();
    }

    private static List<Line> concat(List<Line> a, List<Line> b) {
        List<Line> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /** The data lines of a resource next to this class; fails on bytes that are not UTF-8. */
    private static List<Line> lines(String resource) {
        String text;
        try (InputStream in = WeaponFilesTest.class.getResourceAsStream(resource)) {
            assertThat(in).as("classpath resource %s", resource).isNotNull();
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(in.readAllBytes()))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new AssertionError(resource + " is not valid UTF-8", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Line> lines = new ArrayList<>();
        String[] raw = text.split("\n", -1);
        for (int i = 0; i < raw.length; i++) {
            String line = raw[i];
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            lines.add(new Line(i + 1, line, line.split("\t", -1)));
        }
        return lines;
    }
}
