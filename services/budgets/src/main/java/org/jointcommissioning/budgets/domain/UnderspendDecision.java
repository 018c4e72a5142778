package org.jointcommissioning.budgets.domain;

import com.fasterxml.jackson.annotation.JsonValue;
import org.jointcommissioning.common.kebab.Kebab;

/** What becomes of a closed year's underspend. */
public enum UnderspendDecision {
    /** The year is open, or closed without an underspend. */
    NONE,
    /** Held after the close, until every member approves carrying it forward or it is returned. */
    AWAITING_DECISION,
    CARRIED_FORWARD,
    RETURNED;

    @JsonValue
    @Override
    public String toString() {
        return Kebab.of(this);
    }
}
