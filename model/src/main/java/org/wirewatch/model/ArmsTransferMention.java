package org.wirewatch.model;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * A transfer of arms from {@code supplier} to {@code recipient} mentioned in a story; published to
 * {@code mentions.arms-transfers}. Purchases are recorded with the roles of seller and buyer.
 *
 * @param supplier, recipient state codes (ISO 3166-1 alpha-3, or EU/UN/NATO/G7)
 * @param assertedBy the state that claims the transfer, or null when the story itself states it
 */
public record ArmsTransferMention(
        String supplier,
        String recipient,
        Weapon weapon,
        Modality modality,
        String assertedBy,
        String storyId,
        Instant publishedAt,
        Evidence evidence) {

    public ArmsTransferMention {
        requireNonNull(supplier, "supplier");
        requireNonNull(recipient, "recipient");
        requireNonNull(weapon, "weapon");
        requireNonNull(modality, "modality");
        requireNonNull(storyId, "storyId");
        requireNonNull(publishedAt, "publishedAt");
        requireNonNull(evidence, "evidence");
    }
}
