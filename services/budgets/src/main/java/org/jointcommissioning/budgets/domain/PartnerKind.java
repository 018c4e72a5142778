package org.jointcommissioning.budgets.domain;

import com.fasterxml.jackson.annotation.JsonValue;

/** The kind of public or voluntary body a partner is. */
public enum PartnerKind {
    COUNTY_COUNCIL("county-council"),
    DISTRICT_COUNCIL("district-council"),
    NHS("nhs"),
    POLICE("police"),
    FIRE("fire"),
    VOLUNTARY_SECTOR("voluntary-sector"),
    OTHER("other");

    private final String value;

    PartnerKind(String value) {
        this.value = value;
    }

    @JsonValue
    @Override
    public String toString() {
        return value;
    }
}
