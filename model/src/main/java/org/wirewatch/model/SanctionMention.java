package org.wirewatch.model;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.List;

/**
 * A sanction mentioned in a story; published to {@code mentions.sanctions}.
 *
 * @param imposer the state or organisation imposing (or threatening, lifting …) the sanction
 * @param target the state whose government, officials, companies or sectors are hit; null only when
 *     no state is identifiable ("anyone who supplies …", a criminal network)
 * @param targetEntities named companies, people or sectors; never null, may be empty
 * @param reason why, when the story ties it to an arms transfer; else null
 */
public record SanctionMention(
        String imposer,
        String target,
        List<String> targetEntities,
        SanctionAction action,
        SanctionReason reason,
        String storyId,
        Instant publishedAt,
        Evidence evidence) {

    public SanctionMention {
        requireNonNull(imposer, "imposer");
        requireNonNull(action, "action");
        requireNonNull(storyId, "storyId");
        requireNonNull(publishedAt, "publishedAt");
        requireNonNull(evidence, "evidence");
        targetEntities = targetEntities == null ? List.of() : List.copyOf(targetEntities);
    }
}
