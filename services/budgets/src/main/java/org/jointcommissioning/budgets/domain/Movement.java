package org.jointcommissioning.budgets.domain;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * What caused a journal entry: a movement of money, or a change of the fund itself (its opening, its members, its
 * closing), which the ledger records as a note without lines.
 */
public enum Movement {
    PLEDGE("pledge", true),
    RECEIPT("receipt", true),
    ADDITIONAL_RECEIPT("additional-receipt", true),
    RESERVATION("reservation", true),
    COMMITMENT("commitment", true),
    RELEASE("release", true),
    PAYMENT("payment", true),
    FUND_OPENED("fund-opened", false),
    MEMBERSHIP_CHANGED("membership-changed", false),
    FUND_CLOSED("fund-closed", false);

    private final String value;
    private final boolean movesMoney;

    Movement(String value, boolean movesMoney) {
        this.value = value;
        this.movesMoney = movesMoney;
    }

    /** False for the notes of the fund's opening, membership and closing, which have no lines. */
    public boolean movesMoney() {
        return movesMoney;
    }

    @JsonValue
    @Override
    public String toString() {
        return value;
    }
}
