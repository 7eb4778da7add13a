package org.wirewatch.processor.lexicon;

/** How senior a speaker is; a state's line is the firmer the higher its speaker. */
public enum Rank {
    HEAD_OF_STATE,
    HEAD_OF_GOVERNMENT,
    FOREIGN_MINISTER,
    DEFENCE_MINISTER,
    SECURITY_ADVISER,
    SPOKESPERSON,
    ENVOY,
    MINISTER,
    MILITARY,
    OFFICIAL,
    LEGISLATOR
}
