package org.jointcommissioning.budgets.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jointcommissioning.budgets.domain.PooledFund;
import org.jointcommissioning.budgets.repository.BudgetLineRepository;
import org.jointcommissioning.budgets.repository.CommitmentPlanRepository;
import org.jointcommissioning.budgets.repository.ContributionRepository;
import org.jointcommissioning.budgets.repository.YearRepository;
import org.jointcommissioning.budgets.repository.FundRepository;
import org.jointcommissioning.budgets.repository.PaymentRepository;
import org.jointcommissioning.budgets.repository.ReservationRepository;
import org.jointcommissioning.common.audit.AuditEntry;
import org.jointcommissioning.common.audit.AuditLog;
import org.jointcommissioning.common.kebab.Kebab;
import org.jointcommissioning.common.paging.Page;
import org.jointcommissioning.common.paging.PageRequest;
import org.jointcommissioning.common.problem.ProblemException;

import java.util.Optional;

/**
 * The history of a fund, contribution, reservation, payment, financial year, budget line or commitment plan, for whoever may read the record: the partnership's
 * admins and auditors, and the people of the fund's member partners (a contribution, reservation or payment belongs
 * to its fund). Anyone else is told the record does not exist.
 */
@ApplicationScoped
public class AuditTrail {

    @Inject
    FundRepository funds;

    @Inject
    ContributionRepository contributions;

    @Inject
    ReservationRepository reservations;

    @Inject
    PaymentRepository payments;

    @Inject
    YearRepository years;

    @Inject
    BudgetLineRepository lines;

    @Inject
    CommitmentPlanRepository plans;

    @Inject
    FundAccess access;

    @Inject
    AuditLog log;

    @Transactional
    public Page<AuditEntry> history(String entity, String id, PageRequest page) {
        AuditedRecord kind = kindOf(entity);
        if (id == null || id.isBlank()) {
            throw ProblemException.invalidField("id", "is required: the id of the " + kind);
        }
        Optional<PooledFund> fund = fundOf(kind, id).flatMap(fundId -> funds.findByIdOptional(fundId));
        if (fund.isEmpty() || !access.mayRead(fund.get())) {
            throw ProblemException.notFound(kind.what, id);
        }
        return log.history(kind.entity, id, page);
    }

    /** The fund the record belongs to, if the record exists. */
    private Optional<String> fundOf(AuditedRecord kind, String id) {
        return switch (kind) {
            case FUND -> Optional.of(id);
            case CONTRIBUTION -> contributions.findByIdOptional(id).map(c -> c.fundId);
            case RESERVATION -> reservations.findByIdOptional(id).map(r -> r.fundId);
            case PAYMENT -> payments.findByIdOptional(id).map(p -> p.fundId);
            case FINANCIAL_YEAR -> years.findByIdOptional(id).map(y -> y.fundId);
            case BUDGET_LINE -> lines.findByIdOptional(id).map(l -> l.fundId);
            case COMMITMENT_PLAN -> plans.findByIdOptional(id).map(p -> p.fundId);
        };
    }

    static AuditedRecord kindOf(String entity) {
        if (entity == null || entity.isBlank()) {
            throw ProblemException.invalidField("entity", "is required: one of fund, contribution, reservation, payment, "
                    + "financial-year, budget-line, commitment-plan");
        }
        return Kebab.parse(AuditedRecord.class, "entity", entity);
    }
}
