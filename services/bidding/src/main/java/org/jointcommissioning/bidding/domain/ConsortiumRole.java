package org.jointcommissioning.bidding.domain;

import com.fasterxml.jackson.annotation.JsonValue;
import org.jointcommissioning.common.kebab.Kebab;

/** A consortium member's role: exactly one lead, the bidding organisation. */
public enum ConsortiumRole {
    LEAD, MEMBER;

    @JsonValue
    @Override
    public String toString() {
        return Kebab.of(this);
    }
}
