package org.jointcommissioning.commissioning.domain;

import com.fasterxml.jackson.annotation.JsonValue;

/** The life cycle of an opportunity: draft, published, closed at the deadline, then awarded, unsuccessful or cancelled. */
public enum OpportunityStatus {
    DRAFT, PUBLISHED, CLOSED, AWARDED, UNSUCCESSFUL, CANCELLED;

    public static OpportunityStatus parse(String field, String value) {
        return Kebab.parse(OpportunityStatus.class, field, value);
    }

    @JsonValue
    @Override
    public String toString() {
        return Kebab.of(this);
    }
}
