package org.wirewatch.processor.lexicon;

import java.time.Instant;

/**
 * A person who speaks for a state in a post, from {@code from} until {@code to} (null: still in
 * office). Dates given only as a year or month cover the whole year or month.
 */
public record Official(String state, String name, String post, Rank rank, Instant from, Instant to) {

    /** In office at {@code time}, give or take {@code slackDays} (news lags hand-overs). */
    public boolean inOfficeAt(Instant time, int slackDays) {
        Instant earliest = from.minus(java.time.Duration.ofDays(slackDays));
        return !time.isBefore(earliest) && (to == null || !time.isAfter(to.plus(java.time.Duration.ofDays(slackDays))));
    }
}
