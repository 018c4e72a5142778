package org.jointcommissioning.budgets.domain;

import com.fasterxml.jackson.annotation.JsonValue;

/** What caused a journal entry. */
public enum Movement {
    PLEDGE("pledge"),
    RECEIPT("receipt"),
    ADDITIONAL_RECEIPT("additional-receipt"),
    RESERVATION("reservation"),
    COMMITMENT("commitment"),
    RELEASE("release"),
    PAYMENT("payment");

    private final String value;

    Movement(String value) {
        this.value = value;
    }

    @JsonValue
    @Override
    public String toString() {
        return value;
    }
}
