package org.wirewatch.model;

/** How much an alert deserves attention, ordered from least to most. */
public enum Severity {
    LOW,
    MEDIUM,
    HIGH,
    CRITICAL
}
