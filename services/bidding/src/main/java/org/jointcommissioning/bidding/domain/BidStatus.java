package org.jointcommissioning.bidding.domain;

import com.fasterxml.jackson.annotation.JsonValue;
import org.jointcommissioning.common.kebab.Kebab;

/**
 * A bid's life: submitted (live and sealed) → withdrawn, or opened at the deadline → awarded or unsuccessful;
 * cancelled when its opportunity is.
 */
public enum BidStatus {
    SUBMITTED, WITHDRAWN, OPENED, AWARDED, UNSUCCESSFUL, CANCELLED;

    /**
     * The moves a bid may make. An outcome may be revised (an award cancelled and the lot awarded again), so
     * awarded and unsuccessful may turn into each other; withdrawn and cancelled are final.
     */
    public boolean canBecome(BidStatus next) {
        return switch (this) {
            case SUBMITTED -> next == WITHDRAWN || next == OPENED || next == CANCELLED;
            case OPENED -> next == AWARDED || next == UNSUCCESSFUL || next == CANCELLED;
            case AWARDED, UNSUCCESSFUL -> next == AWARDED || next == UNSUCCESSFUL;
            case WITHDRAWN, CANCELLED -> false;
        };
    }

    /** Whether an evaluation's result may be applied to a bid in this state. */
    public boolean awaitsOrHasOutcome() {
        return this == OPENED || this == AWARDED || this == UNSUCCESSFUL;
    }

    @JsonValue
    @Override
    public String toString() {
        return Kebab.of(this);
    }
}
