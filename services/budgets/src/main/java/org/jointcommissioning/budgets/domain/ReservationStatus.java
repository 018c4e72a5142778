package org.jointcommissioning.budgets.domain;

import com.fasterxml.jackson.annotation.JsonValue;
import org.jointcommissioning.common.kebab.Kebab;

/** An award's hold on a fund: reserved while pending, committed once announced, or released. */
public enum ReservationStatus {
    RESERVED,
    COMMITTED,
    RELEASED;

    /** Reserved, then committed when the contract is announced; either may be released; released is final. */
    public boolean canBecome(ReservationStatus next) {
        return switch (this) {
            case RESERVED -> next == COMMITTED || next == RELEASED;
            case COMMITTED -> next == RELEASED;
            case RELEASED -> false;
        };
    }

    @JsonValue
    @Override
    public String toString() {
        return Kebab.of(this);
    }
}
