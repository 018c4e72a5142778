package org.jointcommissioning.budgets.domain;

import com.fasterxml.jackson.annotation.JsonValue;
import org.jointcommissioning.common.kebab.Kebab;

/** The kind of public or voluntary body a partner is. */
public enum PartnerKind {
    COUNTY_COUNCIL,
    DISTRICT_COUNCIL,
    NHS,
    POLICE,
    FIRE,
    VOLUNTARY_SECTOR,
    OTHER;

    @JsonValue
    @Override
    public String toString() {
        return Kebab.of(this);
    }
}
