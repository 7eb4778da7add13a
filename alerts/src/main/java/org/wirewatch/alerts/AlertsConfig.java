package org.wirewatch.alerts;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import org.wirewatch.alerts.stance.SpeakerStandings;

/**
 * What the alerts topology decides with. Durations are in publication time ({@code publishedAt}).
 *
 * @param grace how late a statement may arrive and still be placed in a line's order
 * @param quietWindow how long a supplier→recipient pair must go unreported for a report to be new
 * @param repeatWindow how long re-tellings of a sanction measure count as the same measure
 * @param retention how long the API's recent-alerts stores keep an alert
 * @param standings how senior each speaker is, for severity
 */
public record AlertsConfig(
        Duration grace, Duration quietWindow, Duration repeatWindow, Duration retention, SpeakerStandings standings) {

    public static final Duration DEFAULT_GRACE = Duration.ofHours(48);
    public static final Duration DEFAULT_QUIET_WINDOW = Duration.ofDays(90);
    public static final Duration DEFAULT_REPEAT_WINDOW = Duration.ofDays(3);
    public static final Duration DEFAULT_RETENTION = Duration.ofDays(30);

    public AlertsConfig {
        requireNonNull(standings, "standings");
        positive("grace", grace);
        positive("quietWindow", quietWindow);
        positive("repeatWindow", repeatWindow);
        positive("retention", retention);
    }

    public static AlertsConfig defaults(SpeakerStandings standings) {
        return new AlertsConfig(
                DEFAULT_GRACE, DEFAULT_QUIET_WINDOW, DEFAULT_REPEAT_WINDOW, DEFAULT_RETENTION, standings);
    }

    public AlertsConfig withGrace(Duration grace) {
        return new AlertsConfig(grace, quietWindow, repeatWindow, retention, standings);
    }

    private static void positive(String name, Duration value) {
        requireNonNull(value, name);
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(name + " must be positive, was " + value);
        }
    }
}
