package org.jointcommissioning.budgets.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jointcommissioning.budgets.domain.PooledFund;
import org.jointcommissioning.budgets.repository.FundRepository;
import org.jointcommissioning.common.identity.Caller;
import org.jointcommissioning.common.identity.Roles;
import org.jointcommissioning.common.problem.ProblemException;

/**
 * Who runs a fund's year: the host partner's finance managers. Anyone who may not read the fund is told it does
 * not exist; a member's other people are refused (403).
 */
@ApplicationScoped
public class HostFinance {

    @Inject
    FundRepository funds;

    @Inject
    FundAccess access;

    @Inject
    Caller caller;

    /** The fund, its row locked, when the caller is a finance manager of its host. */
    public PooledFund lockFor(String fundId, String what) {
        PooledFund fund = funds.lock(fundId).orElseThrow(() -> ProblemException.notFound("Fund", fundId));
        access.requireReader(fund);
        if (!caller.hasRoleFor(Roles.FINANCE_MANAGER, fund.hostPartnerId)) {
            throw ProblemException.forbidden("Only the finance managers of the host partner, " + fund.hostPartnerId
                    + ", " + what + " of fund " + fund.id);
        }
        return fund;
    }
}
