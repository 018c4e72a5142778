package org.jointcommissioning.commissioning.rest;

import com.fasterxml.jackson.annotation.JsonValue;
import org.jointcommissioning.common.kebab.Kebab;

/** The commissioner's answer to a challenge: upheld (the award is cancelled) or dismissed (it stands). */
public enum ChallengeDecision {
    UPHELD, DISMISSED;

    @JsonValue
    @Override
    public String toString() {
        return Kebab.of(this);
    }
}
