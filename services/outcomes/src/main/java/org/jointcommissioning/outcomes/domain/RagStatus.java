package org.jointcommissioning.outcomes.domain;

/** An indicator's status against its path; no-data until a first measurement. */
public enum RagStatus implements KebabValue {
    RED, AMBER, GREEN, NO_DATA;

    @Override
    public String toString() {
        return value();
    }
}
