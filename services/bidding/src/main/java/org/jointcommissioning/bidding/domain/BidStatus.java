package org.jointcommissioning.bidding.domain;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A bid's life: submitted (live and sealed) → withdrawn, or opened at the deadline → awarded or unsuccessful;
 * cancelled when its opportunity is.
 */
public enum BidStatus {
    SUBMITTED, WITHDRAWN, OPENED, AWARDED, UNSUCCESSFUL, CANCELLED;

    @JsonValue
    @Override
    public String toString() {
        return Kebab.of(this);
    }
}
