package org.jointcommissioning.budgets.domain;

import com.fasterxml.jackson.annotation.JsonValue;

/** An award's hold on a fund: reserved while pending, committed once announced, or released. */
public enum ReservationStatus {
    RESERVED("reserved"),
    COMMITTED("committed"),
    RELEASED("released");

    private final String value;

    ReservationStatus(String value) {
        this.value = value;
    }

    @JsonValue
    @Override
    public String toString() {
        return value;
    }
}
