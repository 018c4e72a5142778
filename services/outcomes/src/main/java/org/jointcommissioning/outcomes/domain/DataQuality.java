package org.jointcommissioning.outcomes.domain;

/** How far a reported value can be trusted. */
public enum DataQuality implements KebabValue {
    VALIDATED, PROVISIONAL, ESTIMATED;

    @Override
    public String toString() {
        return value();
    }
}
