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
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Checks the state lexicon data files ({@code states.tsv}, {@code ambiguous-names.tsv}) on their
 * own, with plain Java: format, codes, coverage of every UN member state, and that every name
 * shared by two codes is documented as ambiguous.
 */
class StatesFileTest {

    private static final String STATES = "/org/wirewatch/processor/lexicon/states.tsv";
    private static final String AMBIGUOUS = "/org/wirewatch/processor/lexicon/ambiguous-names.tsv";

    private static final Set<String> ORGANISATIONS = Set.of("EU", "UN", "NATO", "G7");
    private static final Set<String> EXTRAS = Set.of("TWN", "XKX", "PSE", "VAT");
    private static final Set<String> FORMS = Set.of("name", "adjective", "metonym");
    private static final Set<String> READINGS = Set.of(
            "US_STATE", "GIVEN_NAME", "SURNAME_OR_PERSON", "COMMON_WORD", "SPORTS_TEAM", "CITY_OR_PLACE", "OTHER");
    private static final Pattern ALPHA3 = Pattern.compile("[A-Z]{3}");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final int MAX_WORDS = 4;
    private static final String ANY = "*";

    /** ISO 3166-1 alpha-3 codes of the 193 UN member states. */
    private static final Set<String> UN_MEMBERS = Set.of(
            "AFG", "ALB", "DZA", "AND", "AGO", "ATG", "ARG", "ARM", "AUS", "AUT", "AZE", "BHS", "BHR", "BGD", "BRB",
            "BLR", "BEL", "BLZ", "BEN", "BTN", "BOL", "BIH", "BWA", "BRA", "BRN", "BGR", "BFA", "BDI", "CPV", "KHM",
            "CMR", "CAN", "CAF", "TCD", "CHL", "CHN", "COL", "COM", "COG", "COD", "CRI", "CIV", "HRV", "CUB", "CYP",
            "CZE", "DNK", "DJI", "DMA", "DOM", "ECU", "EGY", "SLV", "GNQ", "ERI", "EST", "SWZ", "ETH", "FJI", "FIN",
            "FRA", "GAB", "GMB", "GEO", "DEU", "GHA", "GRC", "GRD", "GTM", "GIN", "GNB", "GUY", "HTI", "HND", "HUN",
            "ISL", "IND", "IDN", "IRN", "IRQ", "IRL", "ISR", "ITA", "JAM", "JPN", "JOR", "KAZ", "KEN", "KIR", "PRK",
            "KOR", "KWT", "KGZ", "LAO", "LVA", "LBN", "LSO", "LBR", "LBY", "LIE", "LTU", "LUX", "MDG", "MWI", "MYS",
            "MDV", "MLI", "MLT", "MHL", "MRT", "MUS", "MEX", "FSM", "MDA", "MCO", "MNG", "MNE", "MAR", "MOZ", "MMR",
            "NAM", "NRU", "NPL", "NLD", "NZL", "NIC", "NER", "NGA", "MKD", "NOR", "OMN", "PAK", "PLW", "PAN", "PNG",
            "PRY", "PER", "PHL", "POL", "PRT", "QAT", "ROU", "RUS", "RWA", "KNA", "LCA", "VCT", "WSM", "SMR", "STP",
            "SAU", "SEN", "SRB", "SYC", "SLE", "SGP", "SVK", "SVN", "SLB", "SOM", "ZAF", "SSD", "ESP", "LKA", "SDN",
            "SUR", "SWE", "CHE", "SYR", "TJK", "TZA", "THA", "TLS", "TGO", "TON", "TTO", "TUN", "TUR", "TKM", "TUV",
            "UGA", "UKR", "ARE", "GBR", "USA", "URY", "UZB", "VUT", "VEN", "VNM", "YEM", "ZMB", "ZWE");

    private record StateLine(int lineNo, String code, String form, List<String> names) {}

    private record AmbiguousLine(int lineNo, String name, String code, String reading, List<String> cues) {}

    private static List<String[]> stateRows;
    private static List<String[]> ambiguousRows;
    private static List<StateLine> states;
    private static List<AmbiguousLine> ambiguous;

    @BeforeAll
    static void load() {
        stateRows = rows(STATES);
        ambiguousRows = rows(AMBIGUOUS);
        states = new ArrayList<>();
        for (String[] row : stateRows) {
            String[] cols = row[1].split("\t", -1);
            if (cols.length == 3) {
                states.add(
                        new StateLine(Integer.parseInt(row[0]), cols[0], cols[1], List.of(cols[2].split("\\|", -1))));
            }
        }
        ambiguous = new ArrayList<>();
        for (String[] row : ambiguousRows) {
            String[] cols = row[1].split("\t", -1);
            if (cols.length == 4) {
                ambiguous.add(new AmbiguousLine(
                        Integer.parseInt(row[0]), cols[0], cols[1], cols[2], List.of(cols[3].split("\\|", -1))));
            }
        }
    }

    @Test
    void everyStatesLineHasCodeFormAndNames() {
        assertThat(stateRows).isNotEmpty();
        for (String[] row : stateRows) {
            assertThat(row[1].split("\t", -1))
                    .as("states.tsv line %s needs code, form, names: %s", row[0], row[1])
                    .hasSize(3);
        }
        assertThat(states).hasSameSizeAs(stateRows);
    }

    @Test
    void codesAndFormsAreValid() {
        for (StateLine line : states) {
            assertThat(ALPHA3.matcher(line.code()).matches() || ORGANISATIONS.contains(line.code()))
                    .as("states.tsv line %d: code %s", line.lineNo(), line.code())
                    .isTrue();
            assertThat(line.form())
                    .as("states.tsv line %d: form", line.lineNo())
                    .isIn(FORMS);
        }
    }

    @Test
    void namesAreNonEmptyTrimmedAndAtMostFourWords() {
        for (StateLine line : states) {
            for (String name : line.names()) {
                assertThat(name)
                        .as("states.tsv line %d: empty name", line.lineNo())
                        .isNotBlank();
                assertThat(name)
                        .as("states.tsv line %d: name with stray spaces", line.lineNo())
                        .isEqualTo(name.strip())
                        .doesNotContain("  ");
                assertThat(WHITESPACE.split(name))
                        .as("states.tsv line %d: %s has more than %d words", line.lineNo(), name, MAX_WORDS)
                        .hasSizeLessThanOrEqualTo(MAX_WORDS);
            }
        }
    }

    @Test
    void aNameAppearsOnlyOncePerCode() {
        Map<String, Integer> firstSeen = new LinkedHashMap<>();
        List<String> repeated = new ArrayList<>();
        for (StateLine line : states) {
            for (String name : line.names()) {
                Integer previous = firstSeen.putIfAbsent(line.code() + "\t" + name, line.lineNo());
                if (previous != null) {
                    repeated.add(line.code() + " " + name + " (lines " + previous + ", " + line.lineNo() + ")");
                }
            }
        }
        assertThat(repeated).as("names listed twice for the same code").isEmpty();
    }

    @Test
    void aNameSharedByTwoCodesIsDocumentedAsAmbiguousForEachOfThem() {
        Map<String, Set<String>> codesByName = new TreeMap<>();
        for (StateLine line : states) {
            for (String name : line.names()) {
                codesByName.computeIfAbsent(name, n -> new TreeSet<>()).add(line.code());
            }
        }
        Set<String> documented = new HashSet<>();
        for (AmbiguousLine line : ambiguous) {
            if (line.reading().equals("OTHER")) {
                documented.add(line.name() + "\t" + line.code());
            }
        }
        List<String> undocumented = new ArrayList<>();
        codesByName.forEach((name, codes) -> {
            if (codes.size() > 1) {
                for (String code : codes) {
                    if (!documented.contains(name + "\t" + code)) {
                        undocumented.add(name + " -> " + codes + " (no OTHER line for " + code + ")");
                    }
                }
            }
        });
        assertThat(undocumented)
                .as("names under several codes need an OTHER line in ambiguous-names.tsv for each code")
                .isEmpty();
    }

    @Test
    void aSharedNameHasTheSameDefaultCodeInBothFiles() {
        Map<String, List<String>> codesInOrder = new LinkedHashMap<>();
        for (StateLine line : states) {
            for (String name : line.names()) {
                codesInOrder.computeIfAbsent(name, n -> new ArrayList<>()).add(line.code());
            }
        }
        Map<String, String> firstAmbiguousCode = new LinkedHashMap<>();
        for (AmbiguousLine line : ambiguous) {
            firstAmbiguousCode.putIfAbsent(line.name(), line.code());
        }
        codesInOrder.forEach((name, codes) -> {
            if (codes.size() > 1) {
                assertThat(firstAmbiguousCode.get(name))
                        .as("default code of %s: first in states.tsv and first in ambiguous-names.tsv", name)
                        .isEqualTo(codes.get(0));
            }
        });
    }

    @Test
    void noCueIsTheNameItself() {
        for (AmbiguousLine line : ambiguous) {
            for (String cue : line.cues()) {
                assertThat(cue.equalsIgnoreCase(line.name()))
                        .as("ambiguous-names.tsv line %d: cue %s would always fire", line.lineNo(), cue)
                        .isFalse();
            }
        }
    }

    @Test
    void everyCodeHasANameLine() {
        Set<String> codes = new TreeSet<>();
        Set<String> named = new TreeSet<>();
        for (StateLine line : states) {
            codes.add(line.code());
            if (line.form().equals("name")) {
                named.add(line.code());
            }
        }
        assertThat(named).containsExactlyInAnyOrderElementsOf(codes);
    }

    @Test
    void allUnMembersExtrasAndOrganisationsArePresentAndNothingElse() {
        assertThat(UN_MEMBERS).hasSize(193);
        Set<String> expected = new TreeSet<>(UN_MEMBERS);
        expected.addAll(EXTRAS);
        expected.addAll(ORGANISATIONS);
        Set<String> codes = new TreeSet<>();
        states.forEach(line -> codes.add(line.code()));
        assertThat(codes).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void everyUnMemberHasAnAdjectiveAndACapitalOrInstitution() {
        Map<String, Set<String>> formsByCode = new TreeMap<>();
        for (StateLine line : states) {
            formsByCode.computeIfAbsent(line.code(), c -> new TreeSet<>()).add(line.form());
        }
        List<String> incomplete = new ArrayList<>();
        for (String code : new TreeSet<>(UN_MEMBERS)) {
            Set<String> forms = formsByCode.getOrDefault(code, Set.of());
            if (!forms.containsAll(FORMS)) {
                incomplete.add(code + " " + forms);
            }
        }
        assertThat(incomplete)
                .as("UN members without name, adjective and metonym")
                .isEmpty();
    }

    @Test
    void everyAmbiguousLineIsWellFormedAndRefersToAListedName() {
        assertThat(ambiguousRows).isNotEmpty();
        for (String[] row : ambiguousRows) {
            assertThat(row[1].split("\t", -1))
                    .as("ambiguous-names.tsv line %s needs name, code, reading, cues: %s", row[0], row[1])
                    .hasSize(4);
        }
        assertThat(ambiguous).hasSameSizeAs(ambiguousRows);

        Set<String> codes = new HashSet<>();
        Set<String> namesByCode = new HashSet<>();
        for (StateLine line : states) {
            codes.add(line.code());
            line.names().forEach(name -> namesByCode.add(name + "\t" + line.code()));
        }
        Set<String> seen = new HashSet<>();
        for (AmbiguousLine line : ambiguous) {
            String where = "ambiguous-names.tsv line " + line.lineNo();
            assertThat(line.reading()).as(where + ": reading").isIn(READINGS);
            assertThat(line.code().equals(ANY) || codes.contains(line.code()))
                    .as(where + ": code %s is not in states.tsv", line.code())
                    .isTrue();
            if (line.name().equals(ANY) || line.code().equals(ANY)) {
                assertThat(line.name()).as(where + ": '*' goes with '*'").isEqualTo(ANY);
                assertThat(line.code()).as(where + ": '*' goes with '*'").isEqualTo(ANY);
            } else {
                assertThat(namesByCode)
                        .as(where + ": %s is not a name of %s in states.tsv", line.name(), line.code())
                        .contains(line.name() + "\t" + line.code());
            }
            assertThat(seen.add(line.name() + "\t" + line.code() + "\t" + line.reading()))
                    .as(where + ": repeats name, code and reading")
                    .isTrue();
            assertThat(line.cues()).as(where + ": cues").isNotEmpty();
            for (String cue : line.cues()) {
                assertThat(cue).as(where + ": empty cue").isNotBlank().isEqualTo(cue.strip());
            }
            assertThat(new HashSet<>(line.cues())).as(where + ": repeated cue").hasSameSizeAs(line.cues());
        }
    }

    @Test
    void theCasesThatMatterMostAreCovered() {
        Set<String> ambiguousNames = new HashSet<>();
        ambiguous.forEach(line -> ambiguousNames.add(line.name()));
        assertThat(ambiguousNames)
                .contains(
                        "*",
                        "Georgia",
                        "Jordan",
                        "Chad",
                        "Turkey",
                        "Washington",
                        "China",
                        "Guinea",
                        "Niger",
                        "Congo",
                        "Korea",
                        "Dominican",
                        "Macedonia",
                        "Moscow",
                        "Berlin",
                        "Paris",
                        "Lebanon",
                        "Damascus",
                        "Kiev",
                        "Cuba",
                        "Israel",
                        "Victoria");
    }

    /** Non-blank, non-comment lines of a UTF-8 classpath resource, as {line number, text}. */
    private static List<String[]> rows(String resource) {
        String text = readUtf8(resource);
        assertThat(text).as("%s starts with a byte-order mark", resource).doesNotStartWith("\uFEFF");
        List<String[]> rows = new ArrayList<>();
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (!line.isBlank() && !line.startsWith("#")) {
                rows.add(new String[] {Integer.toString(i + 1), line});
            }
        }
        return rows;
    }

    private static String readUtf8(String resource) {
        try (InputStream in = StatesFileTest.class.getResourceAsStream(resource)) {
            assertThat(in).as("classpath resource %s", resource).isNotNull();
            byte[] bytes = in.readAllBytes();
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new AssertionError(resource + " is not valid UTF-8", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
