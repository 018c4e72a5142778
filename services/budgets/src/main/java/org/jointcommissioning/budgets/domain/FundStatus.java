package org.jointcommissioning.budgets.domain;

import com.fasterxml.jackson.annotation.JsonValue;

/** An open fund takes contributions and funds awards; a closed one refuses new funding. */
public enum FundStatus {
    OPEN("open"),
    CLOSED("closed");

    private final String value;

    FundStatus(String value) {
        this.value = value;
    }

    @JsonValue
    @Override
    public String toString() {
        return value;
    }
}
