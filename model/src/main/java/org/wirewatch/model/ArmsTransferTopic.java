package org.wirewatch.model;

import static java.util.Objects.requireNonNull;

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
}
