package org.wirewatch.model;

import static java.util.Objects.requireNonNull;

import java.util.Set;

/** Statements about {@code imposer}'s sanctions on {@code target} (null when open-ended). */
public record SanctionsTopic(String imposer, String target) implements StatementTopic {

    public SanctionsTopic {
        requireNonNull(imposer, "imposer");
    }

    @Override
    public String line() {
        return "SANCTIONS:" + imposer + ">" + StatementTopic.orAny(target);
    }

    @Override
    public TopicKind kind() {
        return TopicKind.SANCTIONS;
    }

    @Override
    public Set<String> parties() {
        return target == null ? Set.of(imposer) : Set.of(imposer, target);
    }
}
