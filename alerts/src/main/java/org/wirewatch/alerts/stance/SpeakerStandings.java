package org.wirewatch.alerts.stance;

import java.time.Instant;

/** Tells a speaker's standing at a time; the deployable wires in the officials dictionary. */
@FunctionalInterface
public interface SpeakerStandings {

    /** @param speaker a name or a role as statements carry it, or null */
    Standing of(String speaker, Instant at);

    /** Everyone ordinary: severity from magnitude alone. */
    static SpeakerStandings unknown() {
        return (speaker, at) -> Standing.ORDINARY;
    }
}
