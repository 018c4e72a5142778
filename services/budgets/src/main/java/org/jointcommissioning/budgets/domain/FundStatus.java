package org.jointcommissioning.budgets.domain;

import com.fasterxml.jackson.annotation.JsonValue;
import org.jointcommissioning.common.kebab.Kebab;

/** An open fund takes contributions and funds awards; a closed one refuses new funding. */
public enum FundStatus {
    OPEN,
    CLOSED;

    @JsonValue
    @Override
    public String toString() {
        return Kebab.of(this);
    }
}
