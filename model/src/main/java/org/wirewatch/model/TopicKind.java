package org.wirewatch.model;

/** What a statement, a stance line or an alert is about: the {@code kind} of a statement topic. */
public enum TopicKind {
    ARMS_TRANSFER,
    SANCTIONS,
    ALIGNMENT
}
