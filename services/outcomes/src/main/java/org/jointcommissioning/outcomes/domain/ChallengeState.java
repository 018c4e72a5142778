package org.jointcommissioning.outcomes.domain;

/** A challenge is open until the owner answers it, and resolved when the challenger accepts the answer. */
public enum ChallengeState implements KebabValue {
    OPEN, ANSWERED, RESOLVED;

    /** Open until answered; an answer may be revised until the challenger resolves it; resolved is final. */
    public boolean canBecome(ChallengeState next) {
        return switch (this) {
            case OPEN -> next == ANSWERED;
            case ANSWERED -> next == ANSWERED || next == RESOLVED;
            case RESOLVED -> false;
        };
    }

    @Override
    public String toString() {
        return value();
    }
}
