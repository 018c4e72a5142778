package org.jointcommissioning.outcomes.rest;

import org.jointcommissioning.contracts.money.Money;

import java.math.BigDecimal;
import java.time.Instant;

/** A contract serving an indicator: its award, supplier, the money committed and spent, and the improvement expected. */
public record LinkedContract(
        String awardId,
        String opportunityId,
        String opportunityTitle,
        String supplierOrganisationId,
        String supplierName,
        String fundId,
        Money committed,
        Money spent,
        BigDecimal expectedImprovement,
        Instant awardedAt) {
}
