package org.jointcommissioning.budgets.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jointcommissioning.budgets.domain.RiskShareRule;

import java.math.BigDecimal;
import java.util.Map;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "How commitments, spend and any overspend or underspend are split among partners: "
        + "proportional to pledges, or by fixed percentages per partner summing to 100")
public record RiskShareBody(
        @NotNull RiskShareRule rule,
        @Schema(description = "Only with the fixed rule: percentage per partner id, summing to 100",
                example = "{\"county-council\": 60, \"nhs-trust\": 40}")
        Map<String, BigDecimal> shares) {
}
