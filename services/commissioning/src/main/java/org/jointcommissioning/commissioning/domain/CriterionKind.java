package org.jointcommissioning.commissioning.domain;

import com.fasterxml.jackson.annotation.JsonValue;
import org.jointcommissioning.common.kebab.Kebab;

/** The kind of an evaluation criterion; price is scored by the platform, the others by commissioners. */
public enum CriterionKind {
    PRICE, QUALITY, SOCIAL_VALUE;

    @JsonValue
    @Override
    public String toString() {
        return Kebab.of(this);
    }
}
