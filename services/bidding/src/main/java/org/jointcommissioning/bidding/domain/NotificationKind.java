package org.jointcommissioning.bidding.domain;

import com.fasterxml.jackson.annotation.JsonValue;
import org.jointcommissioning.common.kebab.Kebab;

/** What a notification tells: a matching publication, a cancellation, or a clarification answer. */
public enum NotificationKind {
    OPPORTUNITY_PUBLISHED, OPPORTUNITY_CANCELLED, CLARIFICATION_ANSWERED;

    @JsonValue
    @Override
    public String toString() {
        return Kebab.of(this);
    }
}
