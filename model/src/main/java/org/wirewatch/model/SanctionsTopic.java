package org.wirewatch.model;

import static java.util.Objects.requireNonNull;

/** Statements about {@code imposer}'s sanctions on {@code target} (null when open-ended). */
public record SanctionsTopic(String imposer, String target) implements StatementTopic {

    public SanctionsTopic {
        requireNonNull(imposer, "imposer");
    }

    @Override
    public String line() {
        return "SANCTIONS:" + imposer + ">" + StatementTopic.orAny(target);
    }
}
