package org.wirewatch.model;

import static java.util.Objects.requireNonNull;

/** Statements about the speaking state's side in {@code party}'s war. */
public record AlignmentTopic(String party) implements StatementTopic {

    public AlignmentTopic {
        requireNonNull(party, "party");
    }

    @Override
    public String line() {
        return "ALIGNMENT:" + party;
    }
}
