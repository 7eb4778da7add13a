package org.wirewatch.processor.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads a lexicon data file from the classpath: UTF-8, tab-separated, {@code #} comments and blank
 * lines ignored. A row with the wrong number of columns fails loudly with its line number: a
 * lexicon that loads half-wrong would make quiet mistakes.
 */
final class TsvResource {

    static final String DIR = "/org/wirewatch/processor/lexicon/";

    private TsvResource() {}

    /** Rows of exactly {@code minColumns..maxColumns} columns; missing trailing columns read as "". */
    static List<String[]> rows(String resource, int minColumns, int maxColumns) {
        try (InputStream in = TsvResource.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing lexicon file " + resource);
            }
            return parse(
                    new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)),
                    resource,
                    minColumns,
                    maxColumns);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read lexicon file " + resource, e);
        }
    }

    private static List<String[]> parse(BufferedReader reader, String resource, int min, int max) throws IOException {
        List<String[]> rows = new ArrayList<>();
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] columns = line.split("\t", -1);
            if (columns.length < min || columns.length > max) {
                throw new IllegalStateException(String.format(
                        "%s line %d has %d columns, expected %d..%d", resource, number, columns.length, min, max));
            }
            rows.add(Arrays.copyOf(columns, max));
        }
        return rows;
    }

    /** The {@code |}-separated values of a column, trimmed, without empties. */
    static List<String> list(String column) {
        if (column == null || column.isBlank()) {
            return List.of();
        }
        return Arrays.stream(column.split("\\|"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }
}
