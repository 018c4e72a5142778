package org.jointcommissioning.budgets.domain;

import com.fasterxml.jackson.annotation.JsonValue;
import org.jointcommissioning.common.kebab.Kebab;

/** An open year takes entries; a closed one takes none. */
public enum YearStatus {
    OPEN,
    CLOSED;

    @JsonValue
    @Override
    public String toString() {
        return Kebab.of(this);
    }
}
