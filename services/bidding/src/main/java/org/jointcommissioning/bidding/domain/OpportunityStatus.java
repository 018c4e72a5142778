package org.jointcommissioning.bidding.domain;

import com.fasterxml.jackson.annotation.JsonValue;
import org.jointcommissioning.common.kebab.Kebab;

/** What this service knows of an opportunity from commissioning's events. */
public enum OpportunityStatus {
    PUBLISHED, CLOSED, CANCELLED;

    /** Published, then closed at its deadline; cancelled from either; cancelled is final. */
    public boolean canBecome(OpportunityStatus next) {
        return switch (this) {
            case PUBLISHED -> next == CLOSED || next == CANCELLED;
            case CLOSED -> next == CANCELLED;
            case CANCELLED -> false;
        };
    }

    @JsonValue
    @Override
    public String toString() {
        return Kebab.of(this);
    }
}
