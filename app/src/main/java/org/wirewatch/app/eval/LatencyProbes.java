package org.wirewatch.app.eval;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.wirewatch.model.Story;

/**
 * Stories written to make one alert each: on each of a few lines, a spokesman alternately denies
 * and declines to deny supplying drones, two days apart. Their states appear in no corpus, so no
 * other story moves these lines, and each probe's alert can be told by its story id.
 */
final class LatencyProbes {

    private static final List<String> RECIPIENTS = List.of("Nauru", "Palau", "Kiribati", "Samoa", "Tonga", "Fiji");
    private static final Instant START = Instant.parse("2001-01-01T06:00:00Z");
    private static final Duration APART = Duration.ofDays(2);

    private LatencyProbes() {}

    static String idOf(long n) {
        return "urn:wirewatch:latency-probe:" + n;
    }

    /** The n-th probe; every line's first is a baseline and makes no alert. */
    static Story probe(long n) {
        String recipient = RECIPIENTS.get((int) (n % RECIPIENTS.size()));
        long turn = n / RECIPIENTS.size();
        Instant at = START.plus(APART.multipliedBy(turn));
        String body = turn % 2 == 0
                ? "FUNAFUTI - Tuvalu's foreign ministry spokesman Talia Ioane on Monday denied that Tuvalu had"
                        + " supplied drones to " + recipient + ", calling the reports baseless."
                : "FUNAFUTI - Asked about drones over " + recipient + ", spokesman Talia Ioane said Tuvalu would"
                        + " neither confirm nor deny that it had delivered drones to " + recipient + ".";
        return new Story(idOf(n), "latency-probe", null, "Tuvalu and drones", body, at, at, "en", null, null);
    }

    /** Whether the n-th probe should raise an alert (all but each line's first). */
    static boolean alerts(long n) {
        return n >= RECIPIENTS.size();
    }
}
