package org.wirewatch.alerts.stance;

/**
 * How much a speaker's words commit their state, for an alert's severity: a head of state or
 * government, or a foreign or defence minister, outweighs a spokesperson; a legislator or an
 * officer speaks for less.
 */
public enum Standing {
    LEADER,
    ORDINARY,
    JUNIOR
}
