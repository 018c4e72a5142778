package org.jointcommissioning.budgets.domain;

import com.fasterxml.jackson.annotation.JsonValue;
import org.jointcommissioning.common.kebab.Kebab;

/**
 * What caused a journal entry: a movement of money, or a change of the fund itself (its opening, its members, its
 * closing), which the ledger records as a note without lines.
 */
public enum Movement {
    PLEDGE(true),
    RECEIPT(true),
    ADDITIONAL_RECEIPT(true),
    RESERVATION(true),
    COMMITMENT(true),
    RELEASE(true),
    PAYMENT(true),
    /** At a year's close: each partner's share of the overspend owed, or of the underspend held. */
    YEAR_END_SETTLEMENT(true),
    CARRY_FORWARD(true),
    UNDERSPEND_RETURN(true),
    FUND_OPENED(false),
    MEMBERSHIP_CHANGED(false),
    FUND_CLOSED(false),
    YEAR_OPENED(false),
    YEAR_CLOSED(false);

    private final boolean movesMoney;

    Movement(boolean movesMoney) {
        this.movesMoney = movesMoney;
    }

    /** False for the notes of the fund's opening, membership and closing, which have no lines. */
    public boolean movesMoney() {
        return movesMoney;
    }

    @JsonValue
    @Override
    public String toString() {
        return Kebab.of(this);
    }
}
