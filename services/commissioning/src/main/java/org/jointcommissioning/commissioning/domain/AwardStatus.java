package org.jointcommissioning.commissioning.domain;

import com.fasterxml.jackson.annotation.JsonValue;
import org.jointcommissioning.common.kebab.Kebab;

import java.util.List;

/**
 * An award waits for the fund to reserve the money (pending-funding), then stands still while the unsuccessful
 * bidders may challenge the decision (standstill; suspended while a challenge is open), then is active: the contract
 * is entered into. It may instead fail for want of funding, or be cancelled.
 */
public enum AwardStatus {
    PENDING_FUNDING, STANDSTILL, SUSPENDED, ACTIVE, FUNDING_FAILED, CANCELLED;

    /** The statuses in which the award holds its lot (one such award per lot). */
    public static final List<AwardStatus> LIVE = List.of(PENDING_FUNDING, STANDSTILL, SUSPENDED, ACTIVE);

    public boolean canBecome(AwardStatus next) {
        return switch (this) {
            case PENDING_FUNDING -> next == STANDSTILL || next == FUNDING_FAILED || next == CANCELLED;
            case STANDSTILL -> next == SUSPENDED || next == ACTIVE || next == CANCELLED;
            case SUSPENDED -> next == STANDSTILL || next == CANCELLED;
            case ACTIVE -> next == CANCELLED;
            case FUNDING_FAILED, CANCELLED -> false;
        };
    }

    public boolean isLive() {
        return LIVE.contains(this);
    }

    @JsonValue
    @Override
    public String toString() {
        return Kebab.of(this);
    }
}
