package org.jointcommissioning.budgets.domain;

import com.fasterxml.jackson.annotation.JsonValue;

/** A pledge promises money to the fund; a receipt records money paid in. */
public enum ContributionKind {
    PLEDGE("pledge"),
    RECEIPT("receipt");

    private final String value;

    ContributionKind(String value) {
        this.value = value;
    }

    @JsonValue
    @Override
    public String toString() {
        return value;
    }
}
