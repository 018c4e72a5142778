package org.jointcommissioning.budgets.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jointcommissioning.budgets.domain.Amounts;
import org.jointcommissioning.budgets.domain.BudgetLine;
import org.jointcommissioning.budgets.domain.FinancialYear;
import org.jointcommissioning.budgets.domain.Forecast;
import org.jointcommissioning.budgets.domain.FundYear;
import org.jointcommissioning.budgets.domain.Movement;
import org.jointcommissioning.budgets.domain.PooledFund;
import org.jointcommissioning.budgets.domain.YearFigures;
import org.jointcommissioning.budgets.domain.YearStatement;
import org.jointcommissioning.budgets.repository.BudgetLineRepository;
import org.jointcommissioning.budgets.repository.ForecastRepository;
import org.jointcommissioning.budgets.repository.JournalRepository;
import org.jointcommissioning.budgets.repository.JournalRepository.LineBalance;
import org.jointcommissioning.budgets.repository.YearRepository;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads a year's figures and its statement by line from the journal, the budget lines and the forecasts. */
@ApplicationScoped
public class YearAccounts {

    static final List<String> CONTRIBUTIONS = List.of(Movement.PLEDGE.toString(),
            Movement.ADDITIONAL_RECEIPT.toString());
    static final List<String> CARRIED = List.of(Movement.CARRY_FORWARD.toString());

    @Inject
    JournalRepository journal;

    @Inject
    YearRepository years;

    @Inject
    BudgetLineRepository lines;

    @Inject
    ForecastRepository forecasts;

    @Inject
    Ledger ledger;

    /** The date a year is read at: today while it runs, its last day once it has ended or closed. */
    public LocalDate asOf(FundYear year) {
        LocalDate today = ledger.today();
        LocalDate ends = year.year().ends();
        return year.isClosed() || today.isAfter(ends) ? ends : today;
    }

    /** Each partner's contributions to the year: pledges and additional receipts dated in it. */
    public Map<String, BigDecimal> contributions(PooledFund fund, FinancialYear year) {
        return journal.capitalCredited(fund.id, CONTRIBUTIONS, year.starts(), year.ends());
    }

    /** Each partner's underspend carried into the year. */
    public Map<String, BigDecimal> carriedIn(PooledFund fund, FinancialYear year) {
        return journal.capitalCredited(fund.id, CARRIED, year.starts(), year.ends());
    }

    /** The year's figures: as fixed at its close, or as they stand on the date it is read at. */
    public YearFigures figures(PooledFund fund, FundYear year) {
        if (year.isClosed()) {
            return year.figures();
        }
        FinancialYear fy = year.year();
        LineBalance total = sum(journal.lineBalances(fund.id, fy.starts(), asOf(year)).values());
        return new YearFigures(sum(contributions(fund, fy)), sum(carriedIn(fund, fy)), total.spent(),
                rolledIn(fund, fy), total.open());
    }

    /** What the previous year, once closed, left open: its commitments taken over by this year. */
    BigDecimal rolledIn(PooledFund fund, FinancialYear year) {
        if (year.startYear() <= 2000) {
            return BigDecimal.ZERO;
        }
        return years.of(fund.id, new FinancialYear(year.startYear() - 1)).filter(FundYear::isClosed)
                .map(previous -> previous.rolledOut).orElse(BigDecimal.ZERO);
    }

    public YearStatement statement(PooledFund fund, FundYear year) {
        FinancialYear fy = year.year();
        LocalDate asOf = asOf(year);
        Map<String, LineBalance> balances = new HashMap<>(journal.lineBalances(fund.id, fy.starts(), asOf));
        Map<String, Forecast> latest = latestForecasts(fund, year);
        List<YearStatement.Line> statementLines = new ArrayList<>();
        for (BudgetLine line : lines.ofYear(fund.id, year.label)) {
            LineBalance balance = balances.remove(line.code);
            Forecast forecast = latest.get(line.code);
            statementLines.add(new YearStatement.Line(line.code, line.name, Amounts.of(line.budget),
                    Amounts.of(balance == null ? null : balance.open()),
                    Amounts.of(balance == null ? null : balance.spent()),
                    forecast == null ? null : Amounts.of(forecast.amount), forecast == null ? null : forecast.month));
        }
        LineBalance unassigned = sum(balances.values());
        YearStatement.Line totals = new YearStatement.Line(null, null,
                total(statementLines, YearStatement.Line::budget),
                total(statementLines, YearStatement.Line::committed).add(Amounts.of(unassigned.open())),
                total(statementLines, YearStatement.Line::spent).add(Amounts.of(unassigned.spent())),
                latest.isEmpty() ? null : total(statementLines.stream().filter(l -> l.forecast() != null).toList(),
                        YearStatement.Line::forecast),
                latest.values().stream().map(f -> f.month).max(String::compareTo).orElse(null));
        return new YearStatement(year, asOf, statementLines, totals, Amounts.of(unassigned.spent()),
                Amounts.of(unassigned.open()), figures(fund, year), year.shares());
    }

    /**
     * A closed year per member: its contributions and the underspend carried in to it, its share of the variance,
     * and what it bore of the outturn (the first two less the share); what they bore adds up to the outturn. Each
     * names the journal entries of the year's settlement that carry a line of the partner's, for the auditor.
     */
    public List<PartnerYear> partnerStatements(PooledFund fund, FundYear year) {
        if (!year.isClosed()) {
            throw org.jointcommissioning.common.problem.ProblemException.conflict("Financial year " + year.label
                    + " of fund " + fund.id + " is not closed: its year-end statements come with the close");
        }
        FinancialYear fy = year.year();
        Map<String, BigDecimal> contributed = contributions(fund, fy);
        Map<String, BigDecimal> carried = carriedIn(fund, fy);
        Map<String, BigDecimal> shares = year.shares();
        Set<String> partners = members(fund);
        partners.addAll(contributed.keySet());
        partners.addAll(shares.keySet());
        List<org.jointcommissioning.budgets.domain.JournalEntry> entries = journal.causedBy(fund.id, year.id);
        List<PartnerYear> statements = new ArrayList<>();
        for (String partner : partners) {
            List<Long> numbers = entries.stream().filter(e -> e.lines.stream()
                    .anyMatch(l -> partner.equals(l.partnerId))).map(e -> e.number).toList();
            statements.add(new PartnerYear(partner, Amounts.of(contributed.get(partner)),
                    Amounts.of(carried.get(partner)), Amounts.of(shares.get(partner)), numbers));
        }
        return statements;
    }

    /** A partner's year: contributions, carried in, share of the variance (signed as it), entries to tick. */
    public record PartnerYear(String partnerId, BigDecimal contributions, BigDecimal carriedIn, BigDecimal share,
                              List<Long> entries) {
        public BigDecimal borne() {
            return contributions.add(carriedIn).subtract(share);
        }
    }

    /** Each line's forecast of the latest month it has one for. */
    Map<String, Forecast> latestForecasts(PooledFund fund, FundYear year) {
        Map<String, Forecast> latest = new HashMap<>();
        forecasts.ofYear(fund.id, year.label).forEach(f -> latest.put(f.lineCode, f));
        return latest;
    }

    static BigDecimal sum(Map<String, BigDecimal> amounts) {
        return Amounts.of(amounts.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    static LineBalance sum(java.util.Collection<LineBalance> balances) {
        return balances.stream().reduce(new LineBalance(BigDecimal.ZERO, BigDecimal.ZERO), LineBalance::plus);
    }

    private static BigDecimal total(List<YearStatement.Line> lines,
                                    java.util.function.Function<YearStatement.Line, BigDecimal> figure) {
        return Amounts.of(lines.stream().map(figure).reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    static Set<String> members(PooledFund fund) {
        return new java.util.TreeSet<>(fund.members());
    }
}
