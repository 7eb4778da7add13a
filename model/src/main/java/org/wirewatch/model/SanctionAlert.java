package org.wirewatch.model;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Sanctions imposed on, or lifted from, state {@code target} by {@code imposer}. Published to
 * {@code alerts.sanctions}, keyed by the target. Outlets carrying the same measure, and its
 * re-reporting over the next days, are one alert; new measures are a new one.
 *
 * @param action IMPOSED, EASED or LIFTED
 * @param targetEntities the companies, people or sectors named, may be empty
 * @param reason ARMS_TRANSFER when the measure answers an arms transfer, else null
 */
public record SanctionAlert(
        String alertId,
        String imposer,
        String target,
        SanctionAction action,
        List<String> targetEntities,
        SanctionReason reason,
        Instant announcedAt,
        List<AlertEvidence> evidence,
        Severity severity,
        Instant detectedAt)
        implements Alert {

    public SanctionAlert {
        requireNonNull(alertId, "alertId");
        requireNonNull(imposer, "imposer");
        requireNonNull(target, "target");
        requireNonNull(action, "action");
        requireNonNull(announcedAt, "announcedAt");
        requireNonNull(severity, "severity");
        requireNonNull(detectedAt, "detectedAt");
        targetEntities = targetEntities == null ? List.of() : List.copyOf(targetEntities);
        evidence = List.copyOf(evidence);
    }

    public String key() {
        return target;
    }

    @Override
    public Instant at() {
        return announcedAt;
    }

    @Override
    public Set<String> states() {
        return Set.copyOf(List.of(imposer, target));
    }

    @Override
    public TopicKind topicKind() {
        return TopicKind.SANCTIONS;
    }

    @Override
    public String headline() {
        return "sanctions " + imposer + " on " + target + ": " + action;
    }
}
