package org.jointcommissioning.commissioning.domain;

import com.fasterxml.jackson.annotation.JsonValue;

/** An award waits for the fund to reserve the money (pending-funding), then is active, or failed for want of funding, or is cancelled. */
public enum AwardStatus {
    PENDING_FUNDING, ACTIVE, FUNDING_FAILED, CANCELLED;

    public static AwardStatus parse(String field, String value) {
        return Kebab.parse(AwardStatus.class, field, value);
    }

    @JsonValue
    @Override
    public String toString() {
        return Kebab.of(this);
    }
}
