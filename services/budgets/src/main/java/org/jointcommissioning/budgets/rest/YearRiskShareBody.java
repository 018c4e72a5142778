package org.jointcommissioning.budgets.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jointcommissioning.budgets.domain.SettlementRule;
import org.jointcommissioning.common.validation.ValidMoney;
import org.jointcommissioning.contracts.money.Money;

import java.math.BigDecimal;
import java.util.Map;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "How a closed year's over- or underspend is shared: in proportion to each member's "
        + "contributions to the year, by fixed percentages summing to 100, or a waterfall (the first tranche to the "
        + "host alone, the rest in proportion to contributions)")
public record YearRiskShareBody(
        @NotNull SettlementRule rule,
        @Schema(description = "Only with the fixed rule: percentage per member partner id, summing to 100",
                example = "{\"county-council\": 60, \"nhs-trust\": 40}")
        @Size(max = 50) Map<String, BigDecimal> shares,
        @Schema(description = "Only with the waterfall rule: the first part of an over- or underspend, borne by the "
                + "host alone") @ValidMoney(allowZero = true) Money hostTranche) {
}
