package org.jointcommissioning.outcomes.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jointcommissioning.contracts.money.Money;
import org.jointcommissioning.outcomes.service.IndicatorContracts;

import java.math.BigDecimal;
import java.time.Instant;

/** A contract serving an indicator: its award, supplier, the money committed and spent, and the improvement expected. */
public record LinkedContract(
        @Schema(required = true, maxLength = 100) String awardId,
        @Schema(required = true, maxLength = 100) String opportunityId,
        @Schema(required = true, maxLength = 500) String opportunityTitle,
        @Schema(required = true, maxLength = 100) String supplierOrganisationId,
        @Schema(required = true, maxLength = 300) String supplierName,
        @Schema(required = true, maxLength = 100) String fundId,
        @Schema(required = true) Money committed,
        @Schema(required = true) Money spent,
        @Schema(required = true, description = "In the indicator's unit: " + ApiDocs.VALUE,
                minimum = ApiDocs.VALUE_MIN, maximum = ApiDocs.VALUE_MAX)
        BigDecimal expectedImprovement,
        @Schema(required = true) Instant awardedAt) {

    static LinkedContract of(IndicatorContracts.Linked c) {
        return new LinkedContract(c.awardId(), c.opportunityId(), c.opportunityTitle(), c.supplierOrganisationId(),
                c.supplierName(), c.fundId(), c.committed(), c.spent(), c.expectedImprovement(), c.awardedAt());
    }
}
