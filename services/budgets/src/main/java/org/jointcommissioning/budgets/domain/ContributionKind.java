package org.jointcommissioning.budgets.domain;

import com.fasterxml.jackson.annotation.JsonValue;
import org.jointcommissioning.common.kebab.Kebab;

/** A pledge promises money to the fund; a receipt records money paid in. */
public enum ContributionKind {
    PLEDGE,
    RECEIPT;

    @JsonValue
    @Override
    public String toString() {
        return Kebab.of(this);
    }
}
