package org.jointcommissioning.budgets.domain;

import com.fasterxml.jackson.annotation.JsonValue;

/** How an overspend or underspend, and the fund's commitments and spend, are split among partners. */
public enum RiskShareRule {
    /** In proportion to what each partner has pledged. */
    PROPORTIONAL("proportional"),
    /** By fixed percentages agreed in the pooling agreement, summing to 100. */
    FIXED("fixed");

    private final String value;

    RiskShareRule(String value) {
        this.value = value;
    }

    @JsonValue
    @Override
    public String toString() {
        return value;
    }
}
