package org.wirewatch.model;

/**
 * A state's position in a statement, with the score on which shifts are measured. Which stances
 * apply depends on the topic and on who speaks (supplier or recipient, third state, imposer,
 * target); the table is in {@code domain.md}.
 */
public enum Stance {
    // ARMS_TRANSFER, said by supplier or recipient
    DENY(-1),
    REFUSE(-1),
    NON_DENIAL(0),
    CONSIDER(0),
    ACKNOWLEDGE(1),
    PLEDGE(1),
    // ARMS_TRANSFER, said by a third state
    DISPUTE(-1),
    ALLEGE(1),
    // SANCTIONS, said by the imposer (OPPOSE also serves ALIGNMENT)
    OPPOSE(-1),
    LIFT(-1),
    THREATEN(0),
    IMPOSE(1),
    // SANCTIONS, said by the target
    CONDEMN(-1),
    COMPLY(1),
    // ALIGNMENT
    NEUTRAL(0),
    SUPPORT(1);

    private final int score;

    Stance(int score) {
        this.score = score;
    }

    /** -1, 0 or +1. */
    public int score() {
        return score;
    }
}
