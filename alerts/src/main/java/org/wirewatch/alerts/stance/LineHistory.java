package org.wirewatch.alerts.stance;

import java.util.List;

/**
 * A state's statements on one line in publication order, oldest first, bounded to the latest
 * {@link #MAX_POINTS}: what the stance timeline of the API and dashboard shows.
 */
public record LineHistory(String key, String state, String line, List<HistoryPoint> points) {

    public static final int MAX_POINTS = 200;

    public LineHistory {
        points = List.copyOf(points);
    }
}
