package org.wirewatch.model;

import static java.util.Objects.requireNonNull;

import java.util.Set;

/** Statements about transfers from {@code supplier} to {@code recipient} of {@code category}. */
public record ArmsTransferTopic(String supplier, String recipient, WeaponCategory category) implements StatementTopic {

    public ArmsTransferTopic {
        requireNonNull(supplier, "supplier");
        requireNonNull(recipient, "recipient");
        category = category == null ? WeaponCategory.UNSPECIFIED : category;
    }

    @Override
    public String line() {
        return "ARMS_TRANSFER:" + supplier + ">" + recipient;
    }

    @Override
    public TopicKind kind() {
        return TopicKind.ARMS_TRANSFER;
    }

    @Override
    public Set<String> parties() {
        return Set.of(supplier, recipient);
    }
}
