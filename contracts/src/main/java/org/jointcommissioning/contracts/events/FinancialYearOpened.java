package org.jointcommissioning.contracts.events;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import org.jointcommissioning.contracts.money.Money;
import org.jointcommissioning.contracts.schema.Matches;
import org.jointcommissioning.contracts.schema.Nullable;
import org.jointcommissioning.contracts.schema.OneOf;

import java.time.Instant;
import java.time.LocalDate;

/** A fund's financial year (April to March) is opened, with the risk-share rule that will settle it. */
@JsonClassDescription("A pooled fund's financial year (1 April to 31 March) opened, with the rule that settles it.")
@Event(type = "budgets.FinancialYearOpened.v1", topic = Topics.BUDGETS_FUNDS)
public record FinancialYearOpened(
        String fundId,
        @JsonPropertyDescription("The year as 2026-27.") @Matches("^[0-9]{4}-[0-9]{2}$") String year,
        LocalDate starts,
        LocalDate ends,
        @OneOf({"proportional", "fixed", "waterfall"}) String riskShareRule,
        @JsonPropertyDescription("With the waterfall rule: the first tranche, borne by the host alone.")
        @Nullable Money hostTranche,
        Instant openedAt) {
}
