package org.jointcommissioning.outcomes.domain;

/** Which direction of change is an improvement. */
public enum Polarity implements KebabValue {
    HIGHER_IS_BETTER, LOWER_IS_BETTER;

    @Override
    public String toString() {
        return value();
    }
}
