package org.jointcommissioning.commissioning.domain;

import com.fasterxml.jackson.annotation.JsonValue;

/** The kind of an evaluation criterion; price is scored by the platform, the others by commissioners. */
public enum CriterionKind {
    PRICE, QUALITY, SOCIAL_VALUE;

    public static CriterionKind parse(String field, String value) {
        return Kebab.parse(CriterionKind.class, field, value);
    }

    @JsonValue
    @Override
    public String toString() {
        return Kebab.of(this);
    }
}
