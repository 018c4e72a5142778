package org.jointcommissioning.budgets.rest;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jointcommissioning.budgets.domain.FundStatus;
import org.jointcommissioning.budgets.domain.PooledFund;
import org.jointcommissioning.budgets.service.FundMembers;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

public record FundResponse(
        @Schema(required = true, maxLength = 36) String id,
        @Schema(required = true, maxLength = 200) String name,
        @Schema(required = true, maxLength = 2000) String purpose,
        @Schema(required = true, maxLength = 64) String hostPartnerId,
        @Schema(required = true, maxItems = FundMembers.MAX,
                description = "The member partners' ids in id order, the host among them")
        List<@Size(max = 64) String> members,
        @Schema(required = true, maxLength = 7, example = "2026-27") String financialYear,
        @Schema(required = true, maxLength = 3, example = "GBP") String currency,
        @Schema(required = true, maxItems = 100) List<@Size(max = 40) String> indicatorCodes,
        @Schema(required = true) RiskShareBody riskShare,
        @Schema(required = true) FundStatus status,
        @Schema(required = true) Instant createdAt) {

    static FundResponse of(PooledFund fund) {
        Map<String, BigDecimal> shares = fund.fixedShares.isEmpty() ? null : new TreeMap<>(fund.fixedShares);
        return new FundResponse(fund.id, fund.name, fund.purpose, fund.hostPartnerId, fund.memberList(),
                fund.financialYear, fund.currency, List.copyOf(fund.indicatorCodes),
                new RiskShareBody(fund.riskShareRule, shares), fund.status(), fund.createdAt);
    }
}
