package org.jointcommissioning.budgets.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jointcommissioning.budgets.domain.FundStatus;
import org.jointcommissioning.budgets.domain.PooledFund;
import org.jointcommissioning.budgets.domain.RiskShare;
import org.jointcommissioning.budgets.domain.RiskShareRule;
import org.jointcommissioning.budgets.repository.FundRepository;
import org.jointcommissioning.budgets.rest.FundRequest;
import org.jointcommissioning.budgets.rest.RiskShareBody;
import org.jointcommissioning.common.identity.Caller;
import org.jointcommissioning.common.paging.Page;
import org.jointcommissioning.common.paging.PageRequest;
import org.jointcommissioning.common.problem.ProblemException;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
public class FundService {

    @Inject
    FundRepository funds;

    @Inject
    PartnerService partners;

    @Inject
    FundAccess access;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Transactional
    public PooledFund create(FundRequest request) {
        partners.named("hostPartnerId", request.hostPartnerId());
        requireFinancialYear(request.financialYear());
        List<String> indicators = request.indicatorCodes() == null ? List.of() : request.indicatorCodes();
        if (new HashSet<>(indicators).size() != indicators.size()) {
            throw ProblemException.invalidField("indicatorCodes", "must not repeat a code");
        }
        PooledFund fund = new PooledFund();
        fund.id = UUID.randomUUID().toString();
        fund.name = request.name().strip();
        fund.purpose = request.purpose().strip();
        fund.hostPartnerId = request.hostPartnerId();
        fund.financialYear = request.financialYear();
        fund.currency = request.currency();
        fund.indicatorCodes.addAll(indicators);
        fund.riskShareRule = request.riskShare().rule();
        fund.fixedShares.putAll(fixedShares(request.riskShare()));
        fund.status = FundStatus.OPEN;
        fund.createdAt = clock.instant();
        funds.persist(fund);
        return fund;
    }

    public PooledFund get(String id) {
        return access.readable(id);
    }

    /** The funds the caller may see: all of them for admins and auditors, else those of the caller's partner. */
    public Page<PooledFund> list(PageRequest page) {
        if (access.seesEveryFund()) {
            return funds.page(page);
        }
        return caller.orgId().map(org -> funds.pageOfPartner(org, page))
                .orElseGet(() -> new Page<>(List.of(), page.page(), page.size(), 0));
    }

    /** A closed fund takes no new pledges and funds no new awards; what it has committed can still be paid. */
    @Transactional
    public PooledFund close(String id) {
        PooledFund fund = funds.lock(id).orElseThrow(() -> ProblemException.notFound("Fund", id));
        if (!fund.isOpen()) {
            throw ProblemException.conflict("Fund " + id + " is already closed");
        }
        fund.status = FundStatus.CLOSED;
        return fund;
    }

    private Map<String, BigDecimal> fixedShares(RiskShareBody riskShare) {
        Map<String, BigDecimal> shares = riskShare.shares() == null ? Map.of() : riskShare.shares();
        if (riskShare.rule() == RiskShareRule.PROPORTIONAL) {
            if (!shares.isEmpty()) {
                throw ProblemException.invalidField("riskShare.shares", "are given only with the fixed rule");
            }
            return shares;
        }
        String problem = RiskShare.problemWithFixedShares(shares);
        if (problem != null) {
            throw ProblemException.invalidField("riskShare.shares", problem);
        }
        Map<String, BigDecimal> percents = new HashMap<>();
        shares.forEach((partner, percent) -> {
            partners.named("riskShare.shares", partner);
            percents.put(partner, percent.setScale(2, RoundingMode.UNNECESSARY));
        });
        return percents;
    }

    private static void requireFinancialYear(String year) {
        int start = Integer.parseInt(year.substring(0, 4));
        int end = Integer.parseInt(year.substring(5));
        if ((start + 1) % 100 != end) {
            throw ProblemException.invalidField("financialYear", "must be two consecutive years such as 2026-27");
        }
    }
}
