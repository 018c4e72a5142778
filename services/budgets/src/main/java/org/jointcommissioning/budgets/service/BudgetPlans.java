package org.jointcommissioning.budgets.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jointcommissioning.budgets.domain.Amounts;
import org.jointcommissioning.budgets.domain.BudgetLine;
import org.jointcommissioning.budgets.domain.CommitmentPlan;
import org.jointcommissioning.budgets.domain.FundYear;
import org.jointcommissioning.budgets.domain.PooledFund;
import org.jointcommissioning.budgets.domain.Reservation;
import org.jointcommissioning.budgets.domain.ReservationStatus;
import org.jointcommissioning.budgets.repository.BudgetLineRepository;
import org.jointcommissioning.budgets.repository.CommitmentPlanRepository;
import org.jointcommissioning.budgets.repository.ReservationRepository;
import org.jointcommissioning.common.identity.Caller;
import org.jointcommissioning.common.outbox.EventPublisher;
import org.jointcommissioning.common.problem.ProblemException;
import org.jointcommissioning.contracts.events.BudgetLineSet;
import org.jointcommissioning.contracts.events.CommitmentScheduled;
import org.jointcommissioning.contracts.money.Money;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The plan of a fund's year: its budget lines, and which line each award's commitment falls on with the months it
 * is to be paid in. Awards arrive from commissioning without either, so the host's finance manager records them
 * from the contract.
 */
@ApplicationScoped
public class BudgetPlans {

    /** The most budget lines a year may have: a plan, not a chart of accounts (the fund holds the lock). */
    public static final int MAX_LINES = 200;

    @Inject
    HostFinance hostFinance;

    @Inject
    FinancialYears years;

    @Inject
    BudgetLineRepository lines;

    @Inject
    CommitmentPlanRepository plans;

    @Inject
    ReservationRepository reservations;

    @Inject
    EventPublisher events;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    /** Sets up a line of an open year, or gives it a new name and budget. */
    @Transactional
    public BudgetLine setLine(String fundId, String label, String code, String name, Money budget) {
        PooledFund fund = hostFinance.lockFor(fundId, "set the budget lines");
        FundYear year = years.open(fund, label, "a budget");
        BigDecimal amount = FundMoney.amountIn(fund, budget);
        BudgetLine line = lines.find(fund.id, year.label, code).orElseGet(() -> {
            if (lines.ofYear(fund.id, year.label).size() >= MAX_LINES) {
                throw ProblemException.conflict("Financial year " + year.label + " of fund " + fund.id + " already has "
                        + MAX_LINES + " budget lines, the most a year may have");
            }
            BudgetLine created = new BudgetLine();
            created.id = UUID.randomUUID().toString();
            created.fundId = fund.id;
            created.yearLabel = year.label;
            created.code = code;
            return created;
        });
        if (line.budget != null && line.budget.compareTo(amount) == 0 && line.name.equals(name)) {
            return line;
        }
        line.name = name;
        line.budget = amount;
        line.updatedAt = clock.instant();
        line.updatedBy = caller.subject();
        lines.persist(line);
        events.publish(fund.id, new BudgetLineSet(fund.id, year.label, code, name, FundMoney.of(fund, amount),
                line.updatedAt));
        return line;
    }

    /** The lines of a year, by code. */
    public List<BudgetLine> linesOf(PooledFund fund, FundYear year) {
        return lines.ofYear(fund.id, year.label);
    }

    /**
     * Puts an award's reservation or commitment on a line (a code some year of the fund has) with its payment
     * schedule, which adds up to the award's amount, a month at most once.
     */
    @Transactional
    public CommitmentPlan plan(String fundId, String awardId, String lineCode, List<Instalment> schedule) {
        PooledFund fund = hostFinance.lockFor(fundId, "schedule commitments");
        Reservation reservation = reservations.findByAward(awardId).filter(r -> r.fundId.equals(fund.id))
                .orElseThrow(() -> ProblemException.notFound("Commitment of award", awardId));
        if (reservation.is(ReservationStatus.RELEASED)) {
            throw ProblemException.conflict("Award " + awardId + " was cancelled and its money released");
        }
        if (!lines.exists(fund.id, lineCode)) {
            throw ProblemException.invalidField("line", "no year of the fund has a budget line " + lineCode);
        }
        Set<YearMonth> months = new HashSet<>();
        BigDecimal total = BigDecimal.ZERO;
        for (Instalment instalment : schedule) {
            if (!months.add(instalment.month())) {
                throw ProblemException.invalidField("schedule", "names " + instalment.month() + " twice");
            }
            total = total.add(FundMoney.amountIn(fund, instalment.amount()));
        }
        if (Amounts.of(total).compareTo(reservation.amount) != 0) {
            throw ProblemException.invalidField("schedule", "adds up to " + Amounts.of(total) + ", not the award's "
                    + reservation.amount);
        }
        CommitmentPlan plan = plans.findByIdOptional(awardId).orElseGet(() -> {
            CommitmentPlan created = new CommitmentPlan();
            created.awardId = awardId;
            created.fundId = fund.id;
            return created;
        });
        plan.lineCode = lineCode;
        plan.schedule.clear();
        schedule.stream().sorted(java.util.Comparator.comparing(Instalment::month))
                .map(i -> CommitmentPlan.Instalment.of(i.month().toString(), FundMoney.amountIn(fund, i.amount())))
                .forEach(plan.schedule::add);
        plan.updatedAt = clock.instant();
        plan.updatedBy = caller.subject();
        plans.persist(plan);
        events.publish(fund.id, new CommitmentScheduled(fund.id, awardId, lineCode, plan.schedule.stream()
                .map(i -> new CommitmentScheduled.ScheduledPayment(i.month, FundMoney.of(fund, i.amount))).toList(),
                plan.updatedAt));
        return plan;
    }

    /** The plan of an award's commitment on a fund the caller may read, or 404. */
    public CommitmentPlan planOf(PooledFund fund, String awardId) {
        return plans.findByIdOptional(awardId).filter(p -> p.fundId.equals(fund.id))
                .orElseThrow(() -> ProblemException.notFound("Commitment plan of award", awardId));
    }

    /** An amount due in a month. */
    public record Instalment(YearMonth month, Money amount) {
    }
}
