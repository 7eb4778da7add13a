package org.wirewatch.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.Set;

/**
 * What a statement is about. Serialized with a {@code kind} discriminator, e.g. {@code
 * {"kind":"ARMS_TRANSFER","supplier":"IRN","recipient":"RUS","category":"UAV"}}.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "kind")
@JsonSubTypes({
    @JsonSubTypes.Type(value = ArmsTransferTopic.class, name = "ARMS_TRANSFER"),
    @JsonSubTypes.Type(value = SanctionsTopic.class, name = "SANCTIONS"),
    @JsonSubTypes.Type(value = AlignmentTopic.class, name = "ALIGNMENT")
})
public sealed interface StatementTopic permits ArmsTransferTopic, SanctionsTopic, AlignmentTopic {

    /**
     * The line a state holds a stance on, without the weapon category: all arms statements about
     * one supplier→recipient pair share it, so they are keyed and tracked together. E.g. {@code
     * ARMS_TRANSFER:IRN>RUS}, {@code SANCTIONS:USA>*}, {@code ALIGNMENT:RUS}.
     */
    @JsonIgnore
    String line();

    @JsonIgnore
    TopicKind kind();

    /** The states the topic names (without {@link #ANY}). */
    @JsonIgnore
    Set<String> parties();

    /** Placeholder for a party the story leaves open (e.g. sanctions on "anyone who supplies …"). */
    String ANY = "*";

    static String orAny(String code) {
        return code == null ? ANY : code;
    }
}
