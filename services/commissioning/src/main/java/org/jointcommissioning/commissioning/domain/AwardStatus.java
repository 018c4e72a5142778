package org.jointcommissioning.commissioning.domain;

import com.fasterxml.jackson.annotation.JsonValue;
import org.jointcommissioning.common.kebab.Kebab;

/** An award waits for the fund to reserve the money (pending-funding), then is active, or failed for want of funding, or is cancelled. */
public enum AwardStatus {
    PENDING_FUNDING, ACTIVE, FUNDING_FAILED, CANCELLED;

    /** Pending until the fund answers: then active or failed; a pending or active award may be cancelled. */
    public boolean canBecome(AwardStatus next) {
        return switch (this) {
            case PENDING_FUNDING -> next == ACTIVE || next == FUNDING_FAILED || next == CANCELLED;
            case ACTIVE -> next == CANCELLED;
            case FUNDING_FAILED, CANCELLED -> false;
        };
    }

    @JsonValue
    @Override
    public String toString() {
        return Kebab.of(this);
    }
}
