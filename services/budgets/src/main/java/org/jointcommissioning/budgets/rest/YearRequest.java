package org.jointcommissioning.budgets.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jointcommissioning.budgets.domain.YearDraft;

import java.math.BigDecimal;

@Schema(description = "A financial year to open (1 April to 31 March), with the rule that will settle its over- or "
        + "underspend; without riskShare, the fund's own rule and fixed shares")
public record YearRequest(
        @Schema(example = "2026-27", maxLength = 7) @NotNull
        @Pattern(regexp = "[0-9]{4}-[0-9]{2}", message = "must be a financial year such as 2026-27") String year,
        @Valid YearRiskShareBody riskShare) {

    public YearDraft draft() {
        if (riskShare == null) {
            return new YearDraft(year, null, null, null);
        }
        BigDecimal tranche = riskShare.hostTranche() == null ? null : riskShare.hostTranche().amount();
        return new YearDraft(year, riskShare.rule(), riskShare.shares(), tranche);
    }
}
