package org.jointcommissioning.budgets.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jointcommissioning.budgets.domain.Account;
import org.jointcommissioning.budgets.domain.Balances;
import org.jointcommissioning.budgets.domain.FinancialYear;
import org.jointcommissioning.budgets.domain.FundYear;
import org.jointcommissioning.budgets.domain.Movement;
import org.jointcommissioning.budgets.domain.PooledFund;
import org.jointcommissioning.budgets.domain.Posting;
import org.jointcommissioning.budgets.domain.Postings;
import org.jointcommissioning.budgets.domain.UnderspendDecision;
import org.jointcommissioning.budgets.domain.YearFigures;
import org.jointcommissioning.budgets.repository.FundRepository;
import org.jointcommissioning.budgets.repository.YearRepository;
import org.jointcommissioning.common.identity.Caller;
import org.jointcommissioning.common.identity.Roles;
import org.jointcommissioning.common.outbox.EventPublisher;
import org.jointcommissioning.common.problem.ProblemException;
import org.jointcommissioning.contracts.events.CarryForwardApproved;
import org.jointcommissioning.contracts.events.FinancialYearClosed;
import org.jointcommissioning.contracts.events.PartnerAmount;
import org.jointcommissioning.contracts.events.UnderspendSettled;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A year's end: the close, which shares the over- or underspend by the year's rule and posts it, and then what
 * becomes of an underspend: carried into the next year once every member approves, or returned to the partners.
 */
@ApplicationScoped
public class YearEnd {

    @Inject
    FundRepository funds;

    @Inject
    YearRepository years;

    @Inject
    FinancialYears financialYears;

    @Inject
    YearAccounts accounts;

    @Inject
    HostFinance hostFinance;

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

    /**
     * Closes a year that has ended: fixes its figures, shares the variance among the members by the year's rule
     * (to the penny), and posts the settlement on the year's last day: an overspend share is owed by the partner
     * as a further contribution, an underspend share is held until the members decide. Nothing posts to it after.
     */
    @Transactional
    public FundYear close(String fundId, String label) {
        PooledFund fund = hostFinance.lockFor(fundId, "close the financial years");
        FundYear year = financialYears.open(fund, label, "closing");
        FinancialYear fy = year.year();
        if (!ledger.today().isAfter(fy.ends())) {
            throw ProblemException.conflict("Financial year " + label + " ends on " + fy.ends()
                    + "; it can be closed from the day after");
        }
        YearFigures figures = accounts.figures(fund, year);
        Map<String, BigDecimal> shares = year.riskShare(fund.hostPartnerId)
                .split(figures.variance(), YearAccounts.members(fund), accounts.contributions(fund, fy));
        if (figures.variance().signum() != 0) {
            ledger.post(fund.id, fy.ends(), Movement.YEAR_END_SETTLEMENT, year.id, null,
                    (figures.variance().signum() < 0 ? "Overspend of " + figures.variance().negate()
                            + " owed by the partners" : "Underspend of " + figures.variance() + " held")
                            + " at the close of " + label + ", by the " + year.settlementRule + " rule",
                    Postings.yearEndSettlement(shares));
        }
        year.close(figures, shares, caller.subject(), clock.instant());
        ledger.note(fund.id, Movement.YEAR_CLOSED, "Financial year " + label + " closed by " + caller.name()
                + ": outturn " + figures.outturn() + ", variance " + figures.variance() + "; commitments of "
                + figures.rolledOut() + " roll into " + fy.next());
        events.publish(fund.id, new FinancialYearClosed(fund.id, label, FundMoney.of(fund, figures.resources()),
                FundMoney.of(fund, figures.outturn()), FundMoney.of(fund, figures.rolledOut()),
                FundMoney.of(fund, figures.variance()), resultOf(figures.variance()),
                year.settlementRule.toString(), amounts(fund, shares), year.closedAt));
        return year;
    }

    /**
     * A member's finance manager approves carrying the underspend into the next year, for its own partner; once
     * every member has approved, the held underspend is posted to each partner's capital on the next year's first
     * day (the next year must be open).
     */
    @Transactional
    public FundYear approveCarryForward(String fundId, String label) {
        PooledFund fund = funds.lock(fundId).orElseThrow(() -> ProblemException.notFound("Fund", fundId));
        access.requireReader(fund);
        String partner = caller.orgId().filter(fund::hasMember).filter(p -> caller.hasRole(Roles.FINANCE_MANAGER))
                .orElseThrow(() -> ProblemException.forbidden("Only a member's finance manager approves a "
                        + "carry-forward, for its own partner"));
        FundYear year = financialYears.get(fund, label);
        FinancialYear next = year.year().next();
        FundYear into = years.of(fund.id, next).filter(y -> !y.isClosed()).orElseThrow(() ->
                ProblemException.conflict("The underspend of " + label + " is carried into " + next
                        + ", which must be open first"));
        if (!year.approveCarryForward(partner, caller.subject())) {
            return year;
        }
        Set<String> awaiting = year.awaiting(fund.members());
        events.publish(fund.id, new CarryForwardApproved(fund.id, label, partner, List.copyOf(awaiting),
                clock.instant()));
        if (awaiting.isEmpty()) {
            Map<String, BigDecimal> shares = year.shares();
            ledger.post(fund.id, next.starts(), Movement.CARRY_FORWARD, year.id, null, "Underspend of " + label
                    + " carried into " + into.label + ", approved by every member", Postings.carryForward(shares));
            year.decide(UnderspendDecision.CARRIED_FORWARD);
            events.publish(fund.id, new UnderspendSettled(fund.id, label, "carried-forward", into.label,
                    FundMoney.of(fund, year.variance), amounts(fund, shares), clock.instant()));
        }
        return year;
    }

    /**
     * Returns the held underspend to the partners in their shares, dated today (an open year): first by cancelling
     * what each has yet to pay of its pledges, the rest in cash, which the fund must hold.
     */
    @Transactional
    public FundYear returnUnderspend(String fundId, String label) {
        PooledFund fund = hostFinance.lockFor(fundId, "return an underspend");
        FundYear year = financialYears.get(fund, label);
        year.decide(UnderspendDecision.RETURNED);
        Balances balances = ledger.balances(fund.id);
        List<Posting> lines = new ArrayList<>();
        year.shares().forEach((partner, share) -> {
            if (share.signum() > 0) {
                lines.addAll(Postings.underspendReturn(partner, share, balances.outstandingPledgeOf(partner)));
            }
        });
        BigDecimal cash = lines.stream().filter(l -> l.account() == Account.CASH)
                .map(Posting::credit).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (cash.compareTo(balances.cashBalance()) > 0) {
            throw ProblemException.conflict("Returning the underspend of " + label + " needs " + cash
                    + " in cash; the fund holds " + balances.cashBalance());
        }
        ledger.post(fund.id, ledger.today(), Movement.UNDERSPEND_RETURN, year.id, null, "Underspend of " + label
                + " returned to the partners in their shares", lines);
        events.publish(fund.id, new UnderspendSettled(fund.id, label, "returned",
                FinancialYear.containing(ledger.today()).label(), FundMoney.of(fund, year.variance),
                amounts(fund, year.shares()), clock.instant()));
        return year;
    }

    private static String resultOf(BigDecimal variance) {
        return variance.signum() < 0 ? "overspend" : variance.signum() > 0 ? "underspend" : "balanced";
    }

    private static List<PartnerAmount> amounts(PooledFund fund, Map<String, BigDecimal> shares) {
        return new TreeMap<>(shares).entrySet().stream()
                .map(e -> new PartnerAmount(e.getKey(), FundMoney.of(fund, e.getValue()))).toList();
    }
}
