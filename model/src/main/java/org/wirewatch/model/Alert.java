package org.wirewatch.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Instant;
import java.util.Set;

/**
 * What every alert shares, whichever topic carries it: the id receivers de-duplicate on, and what
 * subscriptions filter on (the states it concerns, its topic kind, its severity). Derived
 * properties are not part of any topic's JSON.
 */
public sealed interface Alert permits StanceShiftAlert, NewTransferAlert, SanctionAlert {

    /** Deterministic: the same stories always yield the same id. */
    String alertId();

    Severity severity();

    Instant detectedAt();

    /** Publication time of the story that set the alert off. */
    @JsonIgnore
    Instant at();

    /** Every state the alert concerns: speaker and parties, supplier and recipient, imposer and target. */
    @JsonIgnore
    Set<String> states();

    @JsonIgnore
    TopicKind topicKind();

    /** A line for a console or a chat message, e.g. {@code IRN on ARMS_TRANSFER:IRN>RUS: DENY -> NON_DENIAL}. */
    @JsonIgnore
    String headline();
}
