package org.jointcommissioning.bidding.domain;

import com.fasterxml.jackson.annotation.JsonValue;
import org.jointcommissioning.common.kebab.Kebab;

/** The legal form of a bidding organisation. */
public enum LegalForm {
    CHARITY, CHARITABLE_INCORPORATED_ORGANISATION, COMMUNITY_INTEREST_COMPANY, SOCIAL_ENTERPRISE, COMMUNITY_GROUP, COMPANY;

    @JsonValue
    @Override
    public String toString() {
        return Kebab.of(this);
    }
}
