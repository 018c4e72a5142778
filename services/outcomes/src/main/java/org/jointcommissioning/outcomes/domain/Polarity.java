package org.jointcommissioning.outcomes.domain;

import com.fasterxml.jackson.annotation.JsonValue;
import org.jointcommissioning.common.kebab.Kebab;

/** Which direction of change is an improvement. */
public enum Polarity {
    HIGHER_IS_BETTER, LOWER_IS_BETTER;

    @JsonValue
    @Override
    public String toString() {
        return Kebab.of(this);
    }
}
