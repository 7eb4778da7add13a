package org.wirewatch.model;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;

/**
 * Something a state said, through an official or institution, quoted or reported; published to
 * {@code statements}, keyed by {@link #key()}.
 *
 * @param speaker the speaker's name or role, or null
 * @param quote the words, or the reported clause
 * @param background true when the story reports it as said earlier: it may set a baseline but is
 *     not the state's new line
 * @param url the story's URL, or null; carried so alerts can cite the story without a lookup
 */
@JsonIgnoreProperties(value = "score", allowGetters = true)
public record Statement(
        String state,
        String speaker,
        StatementTopic topic,
        Stance stance,
        String quote,
        boolean background,
        String storyId,
        String url,
        Instant publishedAt,
        Evidence evidence) {

    public Statement {
        requireNonNull(state, "state");
        requireNonNull(topic, "topic");
        requireNonNull(stance, "stance");
        requireNonNull(quote, "quote");
        requireNonNull(storyId, "storyId");
        requireNonNull(publishedAt, "publishedAt");
        requireNonNull(evidence, "evidence");
    }

    /** The stance's score, part of the JSON contract; always derived from {@link #stance()}. */
    @JsonProperty("score")
    public int score() {
        return stance.score();
    }

    /** Record key on {@code statements} and {@code alerts.stance-shifts}: state and line. */
    public String key() {
        return StanceKey.of(state, topic);
    }

    /** The same statement as the story's recollection of what was said earlier. */
    public Statement asBackground() {
        return new Statement(state, speaker, topic, stance, quote, true, storyId, url, publishedAt, evidence);
    }
}
