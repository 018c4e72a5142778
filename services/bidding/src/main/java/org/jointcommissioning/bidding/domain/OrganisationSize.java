package org.jointcommissioning.bidding.domain;

import com.fasterxml.jackson.annotation.JsonValue;
import org.jointcommissioning.common.kebab.Kebab;

/** The size band of an organisation (micro, small, medium, large). */
public enum OrganisationSize {
    MICRO, SMALL, MEDIUM, LARGE;

    @JsonValue
    @Override
    public String toString() {
        return Kebab.of(this);
    }
}
