package org.jointcommissioning.outcomes.domain;

import com.fasterxml.jackson.annotation.JsonValue;
import org.jointcommissioning.common.kebab.Kebab;

/** A challenge is open until the owner answers it, and resolved when the challenger accepts the answer. */
public enum ChallengeState {
    OPEN, ANSWERED, RESOLVED;

    /** Open until answered; an answer may be revised until the challenger resolves it; resolved is final. */
    public boolean canBecome(ChallengeState next) {
        return switch (this) {
            case OPEN -> next == ANSWERED;
            case ANSWERED -> next == ANSWERED || next == RESOLVED;
            case RESOLVED -> false;
        };
    }

    @JsonValue
    @Override
    public String toString() {
        return Kebab.of(this);
    }
}
