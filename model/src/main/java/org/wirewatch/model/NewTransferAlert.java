package org.wirewatch.model;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * The first report of arms going from {@code supplier} to {@code recipient} after a quiet window:
 * a new supply relationship, or one that resumed. Published to {@code alerts.new-transfers}, keyed
 * by {@link #key()}.
 *
 * @param weapon what the first report names
 * @param modality how the first report tells it (REPORTED, ALLEGED, PLANNED or CONFIRMED)
 * @param assertedBy the state that claims it, or null when the story states it
 * @param previousReportAt the last report of the pair before the quiet window, or null if the
 *     stream has none
 * @param evidence the story and sentence of the first report
 */
public record NewTransferAlert(
        String alertId,
        String supplier,
        String recipient,
        Weapon weapon,
        Modality modality,
        String assertedBy,
        Instant reportedAt,
        Instant previousReportAt,
        List<AlertEvidence> evidence,
        Severity severity,
        Instant detectedAt)
        implements Alert {

    public NewTransferAlert {
        requireNonNull(alertId, "alertId");
        requireNonNull(supplier, "supplier");
        requireNonNull(recipient, "recipient");
        requireNonNull(weapon, "weapon");
        requireNonNull(modality, "modality");
        requireNonNull(reportedAt, "reportedAt");
        requireNonNull(severity, "severity");
        requireNonNull(detectedAt, "detectedAt");
        evidence = List.copyOf(evidence);
    }

    /** Record key: the supplier→recipient pair, e.g. {@code IRN>RUS}. */
    public static String keyOf(String supplier, String recipient) {
        return supplier + ">" + recipient;
    }

    public String key() {
        return keyOf(supplier, recipient);
    }

    @Override
    public Instant at() {
        return reportedAt;
    }

    @Override
    public Set<String> states() {
        return Set.copyOf(List.of(supplier, recipient));
    }

    @Override
    public TopicKind topicKind() {
        return TopicKind.ARMS_TRANSFER;
    }

    @Override
    public String headline() {
        return "new transfers " + key() + ": " + weapon.category() + " " + modality;
    }
}
