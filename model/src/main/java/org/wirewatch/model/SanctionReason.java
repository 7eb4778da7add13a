package org.wirewatch.model;

/** Why a sanction was taken, when the story ties it to something the monitor tracks. */
public enum SanctionReason {
    /** The sanction answers an arms transfer. */
    ARMS_TRANSFER
}
