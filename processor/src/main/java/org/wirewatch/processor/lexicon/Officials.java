package org.wirewatch.processor.lexicon;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;

/**
 * The curated dictionary of people who speak for states ({@code officials.tsv}: state, name,
 * aliases, post, rank, from, to, notes), looked up by any of their names at a story's time.
 */
public final class Officials {

    /** Stories about a hand-over often name the newcomer days before, or the leaver days after. */
    private static final int SLACK_DAYS = 31;

    private final TermIndex<Official> index;

    private Officials(TermIndex<Official> index) {
        this.index = index;
    }

    public static Officials standard() {
        TermIndex.Builder<Official> index = TermIndex.builder();
        for (String[] row : TsvResource.rows(TsvResource.DIR + "officials.tsv", 7, 8)) {
            Official official = new Official(
                    row[0].strip(),
                    row[1].strip(),
                    row[3].strip(),
                    Rank.valueOf(row[4].strip()),
                    start(row[5].strip()),
                    row[6].isBlank() ? null : end(row[6].strip()));
            index.name(official.name(), official);
            TsvResource.list(row[2]).forEach(alias -> index.name(alias, official));
        }
        return new Officials(index.build());
    }

    /** A dictionary of just these officials, known by full name and surname (for tests and tools). */
    public static Officials of(List<Official> officials) {
        TermIndex.Builder<Official> index = TermIndex.builder();
        for (Official official : officials) {
            String[] words = official.name().split("\\s+");
            index.name(official.name(), official).name(words[words.length - 1], official);
        }
        return new Officials(index.build());
    }

    /** Every known official named in {@code text} who was in office at {@code time}. */
    public List<TermIndex.Match<Official>> find(String text, Instant time) {
        return index.find(text).stream()
                .map(m -> new TermIndex.Match<>(
                        m.start(),
                        m.end(),
                        m.surface(),
                        m.values().stream()
                                .filter(o -> o.inOfficeAt(time, SLACK_DAYS))
                                // around a hand-over, the post actually held at that time first
                                .sorted(Comparator.comparing((Official o) -> !o.inOfficeAt(time, 0)))
                                .toList()))
                .filter(m -> !m.values().isEmpty())
                .toList();
    }

    static Instant start(String date) {
        return switch (date.length()) {
            case 4 -> LocalDate.of(Integer.parseInt(date), 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC);
            case 7 -> YearMonth.parse(date).atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC);
            default -> LocalDate.parse(date).atStartOfDay().toInstant(ZoneOffset.UTC);
        };
    }

    static Instant end(String date) {
        return switch (date.length()) {
            case 4 ->
                LocalDate.of(Integer.parseInt(date), 12, 31).atTime(23, 59).toInstant(ZoneOffset.UTC);
            case 7 -> YearMonth.parse(date).atEndOfMonth().atTime(23, 59).toInstant(ZoneOffset.UTC);
            default -> LocalDate.parse(date).atTime(23, 59).toInstant(ZoneOffset.UTC);
        };
    }
}
