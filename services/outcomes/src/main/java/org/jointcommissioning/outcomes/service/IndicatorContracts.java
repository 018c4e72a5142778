package org.jointcommissioning.outcomes.service;

import org.jointcommissioning.contracts.money.Money;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** The contracts serving an indicator: the most recent {@link #MAX_LISTED}, how many in all, and their totals. */
public record IndicatorContracts(String code, ValueForMoneyView valueForMoney, List<Linked> contracts,
                                 int contractCount) {

    /** How many of an indicator's contracts are listed. */
    public static final int MAX_LISTED = 200;

    /** A contract as it serves the indicator. */
    public record Linked(String awardId, String opportunityId, String opportunityTitle, String supplierOrganisationId,
                         String supplierName, String fundId, Money committed, Money spent,
                         BigDecimal expectedImprovement, Instant awardedAt) {
    }
}
