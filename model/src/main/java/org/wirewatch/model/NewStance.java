package org.wirewatch.model;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;

/** The {@code to} side of an alert: the new position, when it was first taken, and its proof. */
@JsonIgnoreProperties(value = "score", allowGetters = true)
public record NewStance(Stance stance, Instant at, List<AlertEvidence> evidence) {

    public NewStance {
        requireNonNull(stance, "stance");
        requireNonNull(at, "at");
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }

    @JsonProperty("score")
    public int score() {
        return stance.score();
    }
}
