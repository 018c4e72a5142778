package org.jointcommissioning.budgets.rest;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jointcommissioning.budgets.domain.FinancialYear;
import org.jointcommissioning.budgets.domain.FundYear;
import org.jointcommissioning.budgets.domain.PooledFund;
import org.jointcommissioning.budgets.domain.UnderspendDecision;
import org.jointcommissioning.budgets.domain.YearStatus;
import org.jointcommissioning.budgets.service.FundMembers;
import org.jointcommissioning.contracts.money.Money;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

@Schema(description = "A fund's financial year: its settlement terms, whether it is closed, and what is to become "
        + "of an underspend (members whose finance managers approved carrying it forward, and those awaited)")
public record YearResponse(
        @Schema(required = true, maxLength = 36, description = "The year's record id, for its audit trail") String id,
        @Schema(required = true, maxLength = 36) String fundId,
        @Schema(required = true, maxLength = 7, example = "2026-27") String year,
        @Schema(required = true) LocalDate starts,
        @Schema(required = true) LocalDate ends,
        @Schema(required = true) YearStatus status,
        @Schema(required = true) YearRiskShareBody riskShare,
        @Schema(required = true) UnderspendDecision underspendDecision,
        @Schema(required = true, maxItems = FundMembers.MAX) List<@Size(max = 64) String> carryForwardApprovedBy,
        @Schema(required = true, maxItems = FundMembers.MAX) List<@Size(max = 64) String> carryForwardAwaiting,
        @Schema(required = true) Instant openedAt,
        Instant closedAt) {

    static YearResponse of(PooledFund fund, FundYear year) {
        FinancialYear fy = year.year();
        Map<String, BigDecimal> shares = year.fixedShares.isEmpty() ? null : new TreeMap<>(year.fixedShares);
        Money tranche = year.hostTranche == null ? null : Money.of(year.hostTranche, fund.currency);
        boolean awaiting = year.underspendDecision() == UnderspendDecision.AWAITING_DECISION;
        return new YearResponse(year.id, fund.id, year.label, fy.starts(), fy.ends(), year.status(),
                new YearRiskShareBody(year.settlementRule, shares, tranche), year.underspendDecision(),
                List.copyOf(year.approvals().keySet()),
                awaiting ? List.copyOf(year.awaiting(fund.members())) : List.of(), year.openedAt, year.closedAt);
    }
}
