package org.wirewatch.app.eval;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.wirewatch.model.Modality;
import org.wirewatch.model.SanctionAction;
import org.wirewatch.model.Stance;
import org.wirewatch.model.StatementTopic;
import org.wirewatch.model.WeaponCategory;

/** The labels of one corpus story ({@code gold/<slug>.json}, see {@code eval-format.md}). */
record Gold(
        String uri,
        boolean relevant,
        @JsonProperty("arms_transfers") List<Arms> armsTransfers,
        List<Sanction> sanctions,
        List<GoldStatement> statements,
        String notes) {

    Gold {
        armsTransfers = armsTransfers == null ? List.of() : List.copyOf(armsTransfers);
        sanctions = sanctions == null ? List.of() : List.copyOf(sanctions);
        statements = statements == null ? List.of() : List.copyOf(statements);
    }

    record Arms(String supplier, String recipient, WeaponCategory category, Modality modality, String assertedBy) {}

    record Sanction(String imposer, String target, SanctionAction action, String reason) {}

    record GoldStatement(String state, StatementTopic topic, Stance stance) {}

    /** A storyline of {@code timelines.json}: its stories in order and the alerts they should raise. */
    record Timeline(String name, List<String> stories, List<ExpectedAlert> alerts) {

        Timeline {
            stories = List.copyOf(stories);
            alerts = alerts == null ? List.of() : List.copyOf(alerts);
        }
    }

    record ExpectedAlert(String after, String state, StatementTopic topic, Stance from, Stance to) {}
}
