package org.wirewatch.model;

/**
 * The key that co-partitions statements and stance alerts: a state and the line it holds a stance
 * on ({@link StatementTopic#line()}), e.g. {@code IRN|ARMS_TRANSFER:IRN>RUS}.
 */
public final class StanceKey {

    private StanceKey() {}

    public static String of(String state, StatementTopic topic) {
        return state + "|" + topic.line();
    }
}
