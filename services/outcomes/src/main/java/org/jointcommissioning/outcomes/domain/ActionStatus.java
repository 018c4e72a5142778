package org.jointcommissioning.outcomes.domain;

import com.fasterxml.jackson.annotation.JsonValue;
import org.jointcommissioning.common.kebab.Kebab;

/** Where a delivery plan's action stands. */
public enum ActionStatus {
    NOT_STARTED, IN_PROGRESS, COMPLETED, BLOCKED;

    @JsonValue
    @Override
    public String toString() {
        return Kebab.of(this);
    }
}
