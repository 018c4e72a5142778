package org.jointcommissioning.budgets.domain;

import com.fasterxml.jackson.annotation.JsonValue;
import org.jointcommissioning.common.kebab.Kebab;

/** How an overspend or underspend, and the fund's commitments and spend, are split among partners. */
public enum RiskShareRule {
    /** In proportion to what each partner has pledged. */
    PROPORTIONAL,
    /** By fixed percentages agreed in the pooling agreement, summing to 100. */
    FIXED;

    @JsonValue
    @Override
    public String toString() {
        return Kebab.of(this);
    }
}
