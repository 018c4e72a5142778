package org.jointcommissioning.budgets.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jointcommissioning.budgets.domain.FundDraft;
import org.jointcommissioning.budgets.domain.PooledFund;
import org.jointcommissioning.budgets.domain.RiskShare;
import org.jointcommissioning.budgets.domain.RiskShareRule;
import org.jointcommissioning.budgets.repository.FundRepository;
import org.jointcommissioning.budgets.repository.JournalRepository;
import org.jointcommissioning.common.identity.Caller;
import org.jointcommissioning.common.identity.Roles;
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
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Funds and their members. The admin sets a fund up and closes it; the admin and the host partner's finance
 * managers change its members. Every one of these changes is recorded by {@link FundMembers}.
 */
@ApplicationScoped
public class FundService {

    @Inject
    FundRepository funds;

    @Inject
    JournalRepository journal;

    @Inject
    FundMembers members;

    @Inject
    PartnerService partners;

    @Inject
    FundAccess access;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Transactional
    public PooledFund create(FundDraft request) {
        partners.named("hostPartnerId", request.hostPartnerId());
        requireFinancialYear(request.financialYear());
        List<String> indicators = request.indicatorCodes() == null ? List.of() : request.indicatorCodes();
        if (new HashSet<>(indicators).size() != indicators.size()) {
            throw ProblemException.invalidField("indicatorCodes", "must not repeat a code");
        }
        Set<String> memberIds = members.requested(request.members(), request.hostPartnerId());
        PooledFund fund = new PooledFund();
        fund.id = UUID.randomUUID().toString();
        fund.name = request.name().strip();
        fund.purpose = request.purpose().strip();
        fund.hostPartnerId = request.hostPartnerId();
        fund.financialYear = request.financialYear();
        fund.currency = request.currency();
        fund.indicatorCodes.addAll(indicators);
        fund.riskShareRule = request.riskShareRule();
        fund.fixedShares.putAll(fixedShares(request.riskShareRule(), request.shares()));
        fund.setUpWith(memberIds);
        Set<String> outside = fund.shareHoldersOutside(memberIds);
        if (!outside.isEmpty()) {
            throw ProblemException.invalidField("riskShare.shares", "name " + String.join(", ", outside)
                    + ", not among the members; only members hold shares");
        }
        fund.createdAt = clock.instant();
        funds.persist(fund);
        members.opened(fund);
        return fund;
    }

    /**
     * Sets a fund's members, by the admin or a finance manager of the host partner (the role is checked on the
     * resource). A partner with money in the fund stays a member; so does a holder of a fixed share, since the shares
     * are the pooling agreement and no operation changes them. A closed fund's members no longer change.
     */
    @Transactional
    public PooledFund changeMembers(String id, List<String> requested) {
        PooledFund fund = funds.lock(id).orElseThrow(() -> ProblemException.notFound("Fund", id));
        access.requireReader(fund);
        if (!caller.hasRole(Roles.PARTNERSHIP_ADMIN) && !caller.belongsTo(fund.hostPartnerId)) {
            throw ProblemException.forbidden("Only the partnership admin and the finance managers of the host partner, "
                    + fund.hostPartnerId + ", change the members of fund " + id);
        }
        Set<String> after = members.requested(requested, fund.hostPartnerId);
        Set<String> before = new TreeSet<>(fund.members());
        if (fund.changeMembers(after, partner -> journal.hasMoneyOf(fund.id, partner))) {
            members.changed(fund, before);
        }
        return fund;
    }

    public PooledFund get(String id) {
        return access.readable(id);
    }

    /** The funds the caller may see: all of them for admins and auditors, else its partner's member funds. */
    public Page<PooledFund> list(PageRequest page) {
        if (access.seesEveryFund()) {
            return funds.page(page);
        }
        return caller.orgId().map(org -> funds.pageOfMember(org, page))
                .orElseGet(() -> new Page<>(List.of(), page.page(), page.size(), 0));
    }

    /** A closed fund takes no new pledges and funds no new awards; what it has committed can still be paid. */
    @Transactional
    public PooledFund close(String id) {
        PooledFund fund = funds.lock(id).orElseThrow(() -> ProblemException.notFound("Fund", id));
        fund.close();
        members.closed(fund);
        return fund;
    }

    private Map<String, BigDecimal> fixedShares(RiskShareRule rule, Map<String, BigDecimal> requested) {
        Map<String, BigDecimal> shares = requested == null ? Map.of() : requested;
        if (rule == RiskShareRule.PROPORTIONAL) {
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
