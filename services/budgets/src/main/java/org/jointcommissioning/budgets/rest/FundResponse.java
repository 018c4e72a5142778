package org.jointcommissioning.budgets.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jointcommissioning.budgets.domain.FundStatus;
import org.jointcommissioning.budgets.domain.PooledFund;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

public record FundResponse(String id, String name, String purpose, String hostPartnerId,
                           @Schema(description = "The member partners' ids in id order, the host among them")
                           List<String> members,
                           String financialYear, String currency, List<String> indicatorCodes,
                           RiskShareBody riskShare, FundStatus status, Instant createdAt) {

    static FundResponse of(PooledFund fund) {
        Map<String, BigDecimal> shares = fund.fixedShares.isEmpty() ? null : new TreeMap<>(fund.fixedShares);
        return new FundResponse(fund.id, fund.name, fund.purpose, fund.hostPartnerId, fund.memberList(),
                fund.financialYear, fund.currency, List.copyOf(fund.indicatorCodes),
                new RiskShareBody(fund.riskShareRule, shares), fund.status, fund.createdAt);
    }
}
