package org.wirewatch.app.cli;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.wirewatch.model.FeedState;

/** Each feed's state as a plain-text table, one line per feed, for {@code wirewatch feeds}. */
final class FeedsTable {

    private static final List<String> HEADER = List.of(
            "NAME",
            "URL",
            "LAST FETCH",
            "LAST SUCCESS",
            "LAST STORY",
            "FAILURES",
            "LAST ERROR",
            "FETCHED",
            "PUBLISHED",
            "DUPLICATES",
            "REJECTED");
    /** Long URLs and errors are cut so a line stays readable; the topic keeps them whole. */
    private static final int MAX_URL = 60;

    private static final int MAX_ERROR = 80;

    private FeedsTable() {}

    /** @param states by feed name, in the order to print */
    static String render(Map<String, FeedState> states) {
        if (states.isEmpty()) {
            return "no feed has been polled yet (feeds.state is empty)\n";
        }
        List<List<String>> rows = new ArrayList<>();
        rows.add(HEADER);
        states.forEach((name, state) -> rows.add(row(name, state)));
        int[] widths = new int[HEADER.size()];
        for (List<String> row : rows) {
            for (int column = 0; column < widths.length; column++) {
                widths[column] = Math.max(widths[column], row.get(column).length());
            }
        }
        StringBuilder table = new StringBuilder();
        for (List<String> row : rows) {
            for (int column = 0; column < widths.length; column++) {
                String cell = row.get(column);
                boolean last = column == widths.length - 1;
                table.append(last ? cell : cell + " ".repeat(widths[column] - cell.length() + 2));
            }
            table.append('\n');
        }
        return table.toString();
    }

    private static List<String> row(String name, FeedState state) {
        return List.of(
                name,
                cut(state.url(), MAX_URL),
                time(state.lastFetchAt()),
                time(state.lastSuccessAt()),
                time(state.lastStoryAt()),
                Integer.toString(state.consecutiveFailures()),
                state.lastError() == null ? "-" : cut(state.lastError().replaceAll("\\s+", " "), MAX_ERROR),
                Long.toString(state.fetched()),
                Long.toString(state.published()),
                Long.toString(state.duplicates()),
                Long.toString(state.rejected()));
    }

    private static String time(Instant at) {
        return at == null ? "never" : at.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
