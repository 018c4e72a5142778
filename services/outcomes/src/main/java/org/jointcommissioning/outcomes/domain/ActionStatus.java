package org.jointcommissioning.outcomes.domain;

/** Where a delivery plan's action stands. */
public enum ActionStatus implements KebabValue {
    NOT_STARTED, IN_PROGRESS, COMPLETED, BLOCKED;

    @Override
    public String toString() {
        return value();
    }
}
