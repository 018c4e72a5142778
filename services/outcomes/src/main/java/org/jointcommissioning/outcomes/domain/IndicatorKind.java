package org.jointcommissioning.outcomes.domain;

/** How an indicator came into the agreement. */
public enum IndicatorKind implements KebabValue {
    STATUTORY, NEGOTIATED, LOCAL;

    @Override
    public String toString() {
        return value();
    }
}
