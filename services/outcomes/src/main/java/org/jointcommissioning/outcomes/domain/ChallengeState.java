package org.jointcommissioning.outcomes.domain;

/** A challenge is open until the owner answers it, and resolved when the challenger accepts the answer. */
public enum ChallengeState implements KebabValue {
    OPEN, ANSWERED, RESOLVED;

    @Override
    public String toString() {
        return value();
    }
}
