package org.jointcommissioning.budgets.domain;

import com.fasterxml.jackson.annotation.JsonValue;
import org.jointcommissioning.common.kebab.Kebab;

/**
 * The chart of accounts of one pooled fund. Debit-normal: receivables, cash, spent and the allocations
 * (reserved, committed). Credit-normal: pledged capital and the allocation control account, which holds
 * the other side of every reservation and commitment so that allocations balance on their own.
 */
public enum Account {
    /** What a partner has pledged and not yet paid in; one per partner. */
    PLEDGES_RECEIVABLE(true),
    /** What a partner has put into the fund, pledged or paid as an additional contribution; one per partner. */
    PLEDGED_CAPITAL(true),
    CASH(false),
    RESERVED(false),
    COMMITTED(false),
    SPENT(false),
    ALLOCATION_CONTROL(false),
    /**
     * A closed year's underspend, per partner, taken out of its pledged capital at the close and held until the
     * members carry it into the next year or it is returned to them; credit-normal.
     */
    UNDERSPEND_HELD(true);

    private final boolean perPartner;

    Account(boolean perPartner) {
        this.perPartner = perPartner;
    }

    public boolean perPartner() {
        return perPartner;
    }

    @JsonValue
    @Override
    public String toString() {
        return Kebab.of(this);
    }
}
