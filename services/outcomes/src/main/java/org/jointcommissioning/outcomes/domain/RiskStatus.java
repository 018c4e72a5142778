package org.jointcommissioning.outcomes.domain;

/** Whether a risk is still being managed. */
public enum RiskStatus implements KebabValue {
    OPEN, CLOSED;

    @Override
    public String toString() {
        return value();
    }
}
