package org.wirewatch.processor.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Checks the curated officials dictionary ({@code lexicon/officials.tsv}) on its own, without any
 * project classes: shape, codes, ranks, dates, and above all that no name or alias points at two
 * different states at the same time (which would make a wrong attribution).
 */
class OfficialsFileTest {

    static final String RESOURCE = "/org/wirewatch/processor/lexicon/officials.tsv";
    static final int COLUMNS = 8;
    static final Pattern STATE = Pattern.compile("[A-Z]{3}|EU|UN|NATO|G7");
    static final Pattern DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");
    static final Set<String> RANKS = Set.of(
            "HEAD_OF_STATE",
            "HEAD_OF_GOVERNMENT",
            "FOREIGN_MINISTER",
            "DEFENCE_MINISTER",
            "SECURITY_ADVISER",
            "SPOKESPERSON",
            "ENVOY",
            "MINISTER",
            "OFFICIAL",
            "MILITARY",
            "LEGISLATOR");

    /** One data line of the file, split into its columns. */
    record Row(int line, String[] cols) {
        String state() {
            return cols[0];
        }

        String name() {
            return cols[1];
        }

        String aliases() {
            return cols[2];
        }

        String post() {
            return cols[3];
        }

        String rank() {
            return cols[4];
        }

        String from() {
            return cols[5];
        }

        String to() {
            return cols[6];
        }

        /** The name and every alias: all the forms a story may use for this person. */
        List<String> forms() {
            List<String> forms = new ArrayList<>();
            forms.add(name());
            if (!aliases().isEmpty()) {
                forms.addAll(List.of(aliases().split("\\|", -1)));
            }
            return forms;
        }

        @Override
        public String toString() {
            return "line " + line + " (" + state() + " " + name() + ", " + post() + ", " + from() + ".." + to() + ")";
        }
    }

    static List<Row> rows;

    @BeforeAll
    static void load() throws IOException {
        rows = read(RESOURCE);
    }

    static List<Row> read(String resource) throws IOException {
        List<Row> result = new ArrayList<>();
        try (InputStream in = OfficialsFileTest.class.getResourceAsStream(resource)) {
            assertThat(in).as("resource %s on the classpath", resource).isNotNull();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String text;
            int line = 0;
            while ((text = reader.readLine()) != null) {
                line++;
                if (line == 1 && text.startsWith("\uFEFF")) {
                    text = text.substring(1);
                }
                if (text.isBlank() || text.startsWith("#")) {
                    continue;
                }
                result.add(new Row(line, text.split("\t", -1)));
            }
        }
        return result;
    }

    /** First day covered by a YYYY, YYYY-MM or YYYY-MM-DD date. */
    static LocalDate start(String date) {
        return switch (date.length()) {
            case 4 -> LocalDate.of(Integer.parseInt(date), 1, 1);
            case 7 -> YearMonth.parse(date).atDay(1);
            default -> LocalDate.parse(date);
        };
    }

    /** Last day covered by a date; an empty {@code to} means still in office. */
    static LocalDate end(String date) {
        if (date.isEmpty()) {
            return LocalDate.of(9999, 12, 31);
        }
        return switch (date.length()) {
            case 4 -> LocalDate.of(Integer.parseInt(date), 12, 31);
            case 7 -> YearMonth.parse(date).atEndOfMonth();
            default -> LocalDate.parse(date);
        };
    }

    /**
     * Whether two terms overlap. A handover on the same day (one ends on the day the other begins) is
     * not an overlap; imprecise dates cover their whole month or year, so they count as overlapping.
     */
    static boolean overlap(Row a, Row b) {
        return start(a.from()).isBefore(end(b.to())) && start(b.from()).isBefore(end(a.to()));
    }

    /** Every name or alias (case-sensitive) that two different states hold in overlapping terms. */
    static List<String> collisions(List<Row> all) {
        Map<String, List<Row>> byForm = new HashMap<>();
        for (Row row : all) {
            for (String form : new HashSet<>(row.forms())) {
                byForm.computeIfAbsent(form, k -> new ArrayList<>()).add(row);
            }
        }
        List<String> found = new ArrayList<>();
        for (Map.Entry<String, List<Row>> entry : byForm.entrySet()) {
            List<Row> holders = entry.getValue();
            for (int i = 0; i < holders.size(); i++) {
                for (int j = i + 1; j < holders.size(); j++) {
                    Row a = holders.get(i);
                    Row b = holders.get(j);
                    if (!a.state().equals(b.state()) && overlap(a, b)) {
                        found.add("\"" + entry.getKey() + "\": " + a + " vs " + b);
                    }
                }
            }
        }
        found.sort(null);
        return found;
    }

    @Test
    void everyDataLineHasEightTrimmedColumns() {
        for (Row row : rows) {
            assertThat(row.cols).as("columns of line %d", row.line()).hasSize(COLUMNS);
            for (String col : row.cols) {
                assertThat(col)
                        .as("whitespace around a field, line %d", row.line())
                        .isEqualTo(col.strip());
            }
            assertThat(row.name()).as("name, line %d", row.line()).isNotEmpty();
            assertThat(row.post()).as("post, line %d", row.line()).isNotEmpty();
        }
    }

    @Test
    void stateCodesAreValid() {
        for (Row row : rows) {
            assertThat(row.state()).as("state of %s", row).matches(STATE);
        }
    }

    @Test
    void ranksAreKnown() {
        for (Row row : rows) {
            assertThat(RANKS).as("rank of %s", row).contains(row.rank());
        }
    }

    @Test
    void aliasesAreNonEmptyForms() {
        for (Row row : rows) {
            for (String form : row.forms()) {
                assertThat(form)
                        .as("empty or padded alias in %s", row)
                        .isNotBlank()
                        .isEqualTo(form.strip());
            }
        }
    }

    @Test
    void datesParseAndTermsRunForward() {
        for (Row row : rows) {
            assertThat(row.from()).as("from of %s", row).matches(DATE);
            assertThat(row.to()).as("to of %s", row).matches(DATE.pattern() + "|");
            LocalDate from = start(row.from());
            LocalDate to = end(row.to());
            assertThat(from).as("from <= to in %s", row).isBeforeOrEqualTo(to);
        }
    }

    @Test
    void noPersonIsListedTwiceForTheSameTerm() {
        Set<String> seen = new HashSet<>();
        for (Row row : rows) {
            String key = row.state() + "|" + row.name() + "|" + row.post() + "|" + row.from();
            assertThat(seen.add(key)).as("duplicate %s", row).isTrue();
        }
    }

    @Test
    void noAliasPointsAtTwoStatesAtOnce() {
        assertThat(collisions(rows))
                .as("names/aliases held by two states in overlapping terms")
                .isEmpty();
    }

    @Test
    void collisionCheckCatchesAnOverlappingAlias() {
        List<Row> sample = List.of(
                new Row(
                        1,
                        "IRN\tNasser Kanaani\tKanaani\tforeign ministry spokesman\tSPOKESPERSON\t2022\t2024\t"
                                .split("\t", -1)),
                new Row(
                        2,
                        "USA\tRobert Malley\tKanaani\tspecial envoy for Iran\tENVOY\t2021-01-28\t2023\t"
                                .split("\t", -1)),
                new Row(
                        3,
                        "EU\tJosep Borrell\tBorrell\tHigh Representative\tFOREIGN_MINISTER\t2019-12-01\t2024-11-30\t"
                                .split("\t", -1)),
                new Row(
                        4,
                        "ESP\tJosep Borrell\tBorrell\tforeign minister\tFOREIGN_MINISTER\t2018-06-07\t2019-11-29\t"
                                .split("\t", -1)));
        List<String> found = collisions(sample);
        assertThat(found).hasSize(1);
        assertThat(found.get(0)).startsWith("\"Kanaani\"");
    }

    @Test
    void coversEnoughStatesAndLines() {
        Set<String> states = new TreeSet<>();
        rows.forEach(row -> states.add(row.state()));
        assertThat(states).as("distinct states").hasSizeGreaterThanOrEqualTo(35);
        assertThat(states)
                .as("required states")
                .contains(
                        "USA", "RUS", "UKR", "IRN", "CHN", "PRK", "KOR", "JPN", "DEU", "FRA", "GBR", "ITA", "POL",
                        "TUR", "ISR", "SAU", "ARE", "QAT", "EGY", "IND", "PAK", "BLR", "SYR", "IRQ", "HUN", "SWE",
                        "FIN", "NOR", "NLD", "DNK", "BEL", "CAN", "AUS", "ESP", "CZE", "SVK", "AZE", "ARM", "VEN",
                        "BRA", "EU", "UN", "NATO");
        assertThat(rows).as("data lines").hasSizeGreaterThanOrEqualTo(600);
    }
}
