package org.jointcommissioning.budgets.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jointcommissioning.budgets.domain.PooledFund;
import org.jointcommissioning.budgets.repository.FundRepository;
import org.jointcommissioning.common.identity.Caller;
import org.jointcommissioning.common.identity.Roles;
import org.jointcommissioning.common.problem.ProblemException;

/**
 * Who may see a fund: the partnership's admins and auditors, and the people of its member partners. Anyone else
 * is told the fund does not exist. (Roles, bidders excluded, are checked on the resource.)
 */
@ApplicationScoped
public class FundAccess {

    @Inject
    Caller caller;

    @Inject
    FundRepository funds;

    public PooledFund readable(String fundId) {
        PooledFund fund = funds.findByIdOptional(fundId).orElseThrow(() -> ProblemException.notFound("Fund", fundId));
        requireReader(fund);
        return fund;
    }

    public void requireReader(PooledFund fund) {
        if (!mayRead(fund)) {
            throw ProblemException.notFound("Fund", fund.id);
        }
    }

    public boolean mayRead(PooledFund fund) {
        return seesEveryFund() || fund.hasMember(caller.orgId().orElse(null));
    }

    public boolean seesEveryFund() {
        return caller.hasAnyRole(Roles.PARTNERSHIP_ADMIN, Roles.AUDITOR);
    }
}
