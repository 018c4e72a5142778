package org.jointcommissioning.outcomes.domain;

import com.fasterxml.jackson.annotation.JsonValue;
import org.jointcommissioning.common.kebab.Kebab;

/** Whether a risk is still being managed. */
public enum RiskStatus {
    OPEN, CLOSED;

    @JsonValue
    @Override
    public String toString() {
        return Kebab.of(this);
    }
}
