package org.wirewatch.model;

/** What a sanction mention reports being done; see {@code domain.md}. */
public enum SanctionAction {
    IMPOSED,
    THREATENED,
    CONSIDERED,
    EXTENDED,
    EASED,
    LIFTED,
    /** The target demands that sanctions on it be lifted. */
    DEMANDED_LIFT
}
