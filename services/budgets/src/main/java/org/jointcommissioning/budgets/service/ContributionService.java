package org.jointcommissioning.budgets.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jointcommissioning.budgets.domain.Contribution;
import org.jointcommissioning.budgets.domain.ContributionDraft;
import org.jointcommissioning.budgets.domain.ContributionKind;
import org.jointcommissioning.budgets.domain.Movement;
import org.jointcommissioning.budgets.domain.PooledFund;
import org.jointcommissioning.budgets.domain.Posting;
import org.jointcommissioning.budgets.domain.Postings;
import org.jointcommissioning.budgets.domain.RiskShareRule;
import org.jointcommissioning.budgets.repository.ContributionRepository;
import org.jointcommissioning.budgets.repository.FundRepository;
import org.jointcommissioning.common.identity.Caller;
import org.jointcommissioning.common.identity.Roles;
import org.jointcommissioning.common.outbox.EventPublisher;
import org.jointcommissioning.common.paging.Page;
import org.jointcommissioning.common.paging.PageRequest;
import org.jointcommissioning.common.problem.ProblemException;
import org.jointcommissioning.contracts.events.ContributionRecorded;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

/**
 * Records pledges and receipts of a fund's members: a finance manager of a member only for their own partner, an
 * admin for any member. Money never makes a partner a member; only a change of membership does.
 */
@ApplicationScoped
public class ContributionService {

    @Inject
    FundRepository funds;

    @Inject
    ContributionRepository contributions;

    @Inject
    PartnerService partners;

    @Inject
    FundAccess access;

    @Inject
    Ledger ledger;

    @Inject
    EventPublisher events;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Inject
    BudgetsMetrics metrics;

    @Transactional(Transactional.TxType.MANDATORY)
    public Contribution record(String fundId, ContributionDraft request) {
        PooledFund fund = funds.lock(fundId).orElseThrow(() -> ProblemException.notFound("Fund", fundId));
        access.requireReader(fund);
        if (!caller.hasRole(Roles.PARTNERSHIP_ADMIN)) {
            caller.requireMemberOf(request.partnerId());
        }
        partners.named("partnerId", request.partnerId());
        if (!fund.hasMember(request.partnerId())) {
            throw ProblemException.conflict(request.partnerId() + " is not a member of fund " + fund.id
                    + ": only members pledge or pay in, and a partner becomes one by a change of the fund's members");
        }
        BigDecimal amount = FundMoney.amountIn(fund, request.amount());
        boolean additional = request.additional();
        if (fund.riskShareRule == RiskShareRule.FIXED && !fund.fixedShares.containsKey(request.partnerId())) {
            throw ProblemException.invalidField("partnerId", "has no share in this fund's fixed risk-share rule");
        }
        if (additional && request.kind() != ContributionKind.RECEIPT) {
            throw ProblemException.invalidField("additional", "only a receipt can be an additional contribution");
        }
        if (request.kind() == ContributionKind.PLEDGE && !fund.isOpen()) {
            throw ProblemException.conflict("Fund " + fundId + " is closed and takes no new pledges");
        }

        Contribution contribution = new Contribution();
        contribution.id = UUID.randomUUID().toString();
        contribution.fundId = fund.id;
        contribution.partnerId = request.partnerId();
        contribution.kind = request.kind();
        contribution.amount = amount;
        contribution.date = request.date();
        contribution.reference = request.reference();
        contribution.additional = additional;
        contribution.recordedAt = clock.instant();
        contribution.recordedBy = caller.subject();
        contributions.persist(contribution);

        ledger.post(fund.id, request.date(), movementOf(contribution), contribution.id, null,
                describe(contribution), postingsOf(fund, contribution));
        events.publish(fund.id, new ContributionRecorded(contribution.id, fund.id, contribution.partnerId,
                contribution.kind.toString(), FundMoney.of(fund, amount), contribution.date, contribution.recordedAt));
        metrics.contribution(fund.id, contribution.kind);
        return contribution;
    }

    private List<Posting> postingsOf(PooledFund fund, Contribution contribution) {
        if (contribution.kind == ContributionKind.PLEDGE) {
            return Postings.pledge(contribution.partnerId, contribution.amount);
        }
        if (contribution.additional) {
            return Postings.additionalReceipt(contribution.partnerId, contribution.amount);
        }
        BigDecimal outstanding = ledger.balances(fund.id).outstandingPledgeOf(contribution.partnerId);
        if (contribution.amount.compareTo(outstanding) > 0) {
            throw ProblemException.conflict("A receipt of " + contribution.amount + " is more than the outstanding "
                    + "pledge of " + outstanding + " from " + contribution.partnerId
                    + "; record the excess as an additional contribution");
        }
        return Postings.receipt(contribution.partnerId, contribution.amount);
    }

    private static Movement movementOf(Contribution contribution) {
        if (contribution.kind == ContributionKind.PLEDGE) {
            return Movement.PLEDGE;
        }
        return contribution.additional ? Movement.ADDITIONAL_RECEIPT : Movement.RECEIPT;
    }

    private static String describe(Contribution contribution) {
        return (contribution.additional ? "Additional " : "") + contribution.kind + " by " + contribution.partnerId
                + (contribution.reference == null ? "" : " (" + contribution.reference + ")");
    }

    /** A fund's contributions, oldest first; the fund is one the caller may read. */
    public Page<Contribution> listOf(PooledFund fund, PageRequest page) {
        return contributions.pageOfFund(fund.id, page);
    }

    public Contribution get(PooledFund fund, String id) {
        return contributions.findByIdOptional(id).filter(c -> c.fundId.equals(fund.id))
                .orElseThrow(() -> ProblemException.notFound("Contribution", id));
    }
}
