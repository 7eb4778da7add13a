package org.wirewatch.model;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;

/** The {@code from} side of an alert: the position held, since when, and its proof. */
@JsonIgnoreProperties(value = "score", allowGetters = true)
public record EstablishedStance(Stance stance, Instant since, List<AlertEvidence> evidence) {

    public EstablishedStance {
        requireNonNull(stance, "stance");
        requireNonNull(since, "since");
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }

    @JsonProperty("score")
    public int score() {
        return stance.score();
    }
}
