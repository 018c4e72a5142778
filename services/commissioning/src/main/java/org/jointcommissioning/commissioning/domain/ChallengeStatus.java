package org.jointcommissioning.commissioning.domain;

import com.fasterxml.jackson.annotation.JsonValue;
import org.jointcommissioning.common.kebab.Kebab;

/** A challenge is open until the commissioner answers it: upheld or dismissed. */
public enum ChallengeStatus {
    OPEN, UPHELD, DISMISSED;

    @JsonValue
    @Override
    public String toString() {
        return Kebab.of(this);
    }
}
