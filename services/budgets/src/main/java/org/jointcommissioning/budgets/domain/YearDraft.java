package org.jointcommissioning.budgets.domain;

import java.math.BigDecimal;
import java.util.Map;

/** A year to open: which, and the settlement terms the pooling agreement declares for it. */
public record YearDraft(String year, SettlementRule rule, Map<String, BigDecimal> shares, BigDecimal hostTranche) {
}
