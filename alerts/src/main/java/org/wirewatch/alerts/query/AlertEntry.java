package org.wirewatch.alerts.query;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.wirewatch.model.Alert;
import org.wirewatch.model.NewTransferAlert;
import org.wirewatch.model.SanctionAlert;
import org.wirewatch.model.StanceShiftAlert;
import org.wirewatch.model.topics.Topics;

/**
 * One alert of any kind as the recent-alerts store and the API hold it: {@code type} is the topic
 * it was published to, and exactly one of the three fields is set. Explicit fields rather than
 * polymorphic JSON, so each alert keeps exactly its topic's shape.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AlertEntry(
        String type, StanceShiftAlert stanceShift, NewTransferAlert newTransfer, SanctionAlert sanction) {

    public static AlertEntry of(Alert alert) {
        if (alert instanceof StanceShiftAlert shift) {
            return new AlertEntry(Topics.STANCE_SHIFTS.name(), shift, null, null);
        }
        if (alert instanceof NewTransferAlert transfer) {
            return new AlertEntry(Topics.NEW_TRANSFERS.name(), null, transfer, null);
        }
        return new AlertEntry(Topics.SANCTION_ALERTS.name(), null, null, (SanctionAlert) alert);
    }

    @JsonIgnore
    public Alert alert() {
        if (stanceShift != null) {
            return stanceShift;
        }
        return newTransfer != null ? newTransfer : sanction;
    }
}
