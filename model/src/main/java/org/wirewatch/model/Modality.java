package org.wirewatch.model;

/** How a story presents an arms transfer; see {@code domain.md}. */
public enum Modality {
    /** Stated as fact by the story. */
    REPORTED,
    /** Claimed by someone else, not established. */
    ALLEGED,
    /** Intended, pledged or under consideration. */
    PLANNED,
    /** Admitted by supplier or recipient. */
    CONFIRMED,
    /** Rejected by supplier or recipient. */
    DENIED,
    /** Ruled out by the supplier. */
    REFUSED
}
