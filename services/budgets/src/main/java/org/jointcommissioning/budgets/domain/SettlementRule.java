package org.jointcommissioning.budgets.domain;

import com.fasterxml.jackson.annotation.JsonValue;
import org.jointcommissioning.common.kebab.Kebab;

/** How a closed year's over- or underspend is shared among the fund's partners, as the agreement declares. */
public enum SettlementRule {
    /** In proportion to each partner's contributions to the year. */
    PROPORTIONAL,
    /** By fixed percentages per partner, summing to 100. */
    FIXED,
    /** A first tranche to the host alone; the rest in proportion to the year's contributions. */
    WATERFALL;

    @JsonValue
    @Override
    public String toString() {
        return Kebab.of(this);
    }
}
