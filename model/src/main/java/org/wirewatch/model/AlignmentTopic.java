package org.wirewatch.model;

import static java.util.Objects.requireNonNull;

import java.util.Set;

/** Statements about the speaking state's side in {@code party}'s war. */
public record AlignmentTopic(String party) implements StatementTopic {

    public AlignmentTopic {
        requireNonNull(party, "party");
    }

    @Override
    public String line() {
        return "ALIGNMENT:" + party;
    }

    @Override
    public TopicKind kind() {
        return TopicKind.ALIGNMENT;
    }

    @Override
    public Set<String> parties() {
        return Set.of(party);
    }
}
