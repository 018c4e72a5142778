package org.jointcommissioning.bidding.domain;

import com.fasterxml.jackson.annotation.JsonValue;

/** What this service knows of an opportunity from commissioning's events. */
public enum OpportunityStatus {
    PUBLISHED, CLOSED, CANCELLED;

    @JsonValue
    @Override
    public String toString() {
        return Kebab.of(this);
    }
}
