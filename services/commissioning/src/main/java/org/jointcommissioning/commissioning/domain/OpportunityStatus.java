package org.jointcommissioning.commissioning.domain;

import com.fasterxml.jackson.annotation.JsonValue;
import org.jointcommissioning.common.kebab.Kebab;

/** The life cycle of an opportunity: draft, published, closed at the deadline, then awarded, unsuccessful or cancelled. */
public enum OpportunityStatus {
    DRAFT, PUBLISHED, CLOSED, AWARDED, UNSUCCESSFUL, CANCELLED;

    /**
     * A draft is published, closes at its deadline, and is then awarded or declared unsuccessful; a published or
     * closed one may be cancelled; an awarded one closes again when an award is cancelled.
     */
    public boolean canBecome(OpportunityStatus next) {
        return switch (this) {
            case DRAFT -> next == PUBLISHED;
            case PUBLISHED -> next == CLOSED || next == CANCELLED;
            case CLOSED -> next == AWARDED || next == UNSUCCESSFUL || next == CANCELLED;
            case AWARDED -> next == CLOSED;
            case UNSUCCESSFUL, CANCELLED -> false;
        };
    }

    @JsonValue
    @Override
    public String toString() {
        return Kebab.of(this);
    }
}
