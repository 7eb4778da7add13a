package org.wirewatch.alerts.stance;

import java.time.Duration;
import java.time.Instant;
import org.wirewatch.model.Stance;
import org.wirewatch.model.WeaponCategory;

/**
 * A move of a line that has been alerted: on which category, from which stance to which, told
 * when and by which story. Kept while the grace period can still re-fold it.
 */
record AlertedMove(WeaponCategory category, Stance from, Stance to, Instant at, String storyId) {

    /**
     * Outlets carry the same statement hours apart, and the processor may hand their copies over in
     * any order: the same move told within this long is the same news.
     */
    static final Duration SYNDICATION = Duration.ofHours(24);

    /** Whether two statements' times are close enough for one to be another outlet's copy. */
    static boolean withinSyndication(Instant a, Instant b) {
        return Duration.between(a, b).abs().compareTo(SYNDICATION) <= 0;
    }

    static AlertedMove of(LineFold.Shift shift) {
        return new AlertedMove(
                StanceLine.categoryOf(shift.statement().topic()),
                shift.prior().stance(),
                shift.statement().stance(),
                shift.statement().publishedAt(),
                shift.statement().storyId());
    }

    /**
     * Whether {@code shift} is this move again: told by the same story (whatever a late story has
     * since changed about where it moved from), or the same change told within {@link #SYNDICATION}
     * by another outlet.
     */
    boolean covers(LineFold.Shift shift) {
        AlertedMove other = of(shift);
        if (category != other.category) {
            return false;
        }
        boolean sameStory = storyId.equals(other.storyId);
        boolean sameChange = from == other.from && to == other.to && withinSyndication(at, other.at);
        return sameStory || sameChange;
    }
}
