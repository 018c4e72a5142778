package org.jointcommissioning.budgets.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jointcommissioning.budgets.domain.Amounts;
import org.jointcommissioning.budgets.domain.BudgetLine;
import org.jointcommissioning.budgets.domain.CommitmentPlan;
import org.jointcommissioning.budgets.domain.FinancialYear;
import org.jointcommissioning.budgets.domain.Forecast;
import org.jointcommissioning.budgets.domain.FundYear;
import org.jointcommissioning.budgets.domain.PooledFund;
import org.jointcommissioning.budgets.repository.BudgetLineRepository;
import org.jointcommissioning.budgets.repository.CommitmentPlanRepository;
import org.jointcommissioning.budgets.repository.ForecastRepository;
import org.jointcommissioning.budgets.repository.JournalRepository;
import org.jointcommissioning.budgets.repository.JournalRepository.LineBalance;
import org.jointcommissioning.common.identity.Caller;
import org.jointcommissioning.common.outbox.EventPublisher;
import org.jointcommissioning.common.problem.ProblemException;
import org.jointcommissioning.contracts.events.ForecastRecorded;
import org.jointcommissioning.contracts.money.Money;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Monthly forecasts of a year's outturn per budget line: recorded by the host's finance manager, or proposed by
 * the platform (spent so far plus the payments still scheduled in the year) and accepted.
 */
@ApplicationScoped
public class Forecasts {

    public static final String RECORDED = "recorded";
    public static final String ACCEPTED = "accepted-proposal";

    @Inject
    HostFinance hostFinance;

    @Inject
    FinancialYears years;

    @Inject
    BudgetLineRepository lines;

    @Inject
    ForecastRepository forecasts;

    @Inject
    CommitmentPlanRepository plans;

    @Inject
    JournalRepository journal;

    @Inject
    EventPublisher events;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    /** Records a month's forecast for some or all of an open year's lines; a line again replaces its figure. */
    @Transactional
    public List<Forecast> record(String fundId, String label, YearMonth month, Map<String, Money> byLine) {
        PooledFund fund = hostFinance.lockFor(fundId, "record forecasts");
        FundYear year = yearFor(fund, label, month);
        Map<String, BigDecimal> amounts = new TreeMap<>();
        Set<String> codes = codes(fund, year);
        byLine.forEach((code, money) -> {
            if (!codes.contains(code)) {
                throw ProblemException.invalidField("lines", label + " has no budget line " + code);
            }
            amounts.put(code, FundMoney.amountIn(fund, money));
        });
        return save(fund, year, month, amounts, RECORDED);
    }

    /** Records the platform's proposal for a month as the forecast. */
    @Transactional
    public List<Forecast> acceptProposal(String fundId, String label, YearMonth month) {
        PooledFund fund = hostFinance.lockFor(fundId, "accept forecasts");
        FundYear year = yearFor(fund, label, month);
        Map<String, BigDecimal> proposal = proposal(fund, year, month);
        if (proposal.isEmpty()) {
            throw ProblemException.conflict(label + " has no budget lines to forecast");
        }
        return save(fund, year, month, proposal, ACCEPTED);
    }

    /**
     * Per line of the year: spent in the year to the month's end, plus the instalments of its commitments
     * scheduled after that month and within the year.
     */
    public Map<String, BigDecimal> proposal(PooledFund fund, FundYear year, YearMonth month) {
        FinancialYear fy = year.year();
        if (!fy.contains(month)) {
            throw ProblemException.invalidField("month", "must be a month of " + year.label);
        }
        Map<String, LineBalance> spent = journal.lineBalances(fund.id, fy.starts(), month.atEndOfMonth());
        Map<String, BigDecimal> proposal = new TreeMap<>();
        for (String code : codes(fund, year)) {
            LineBalance balance = spent.get(code);
            proposal.put(code, balance == null ? BigDecimal.ZERO : balance.spent());
        }
        for (CommitmentPlan plan : plans.ofFund(fund.id)) {
            if (!proposal.containsKey(plan.lineCode)) {
                continue;
            }
            for (CommitmentPlan.Instalment instalment : plan.schedule) {
                YearMonth due = YearMonth.parse(instalment.month);
                if (due.isAfter(month) && fy.contains(due)) {
                    proposal.merge(plan.lineCode, instalment.amount, BigDecimal::add);
                }
            }
        }
        proposal.replaceAll((code, amount) -> Amounts.of(amount));
        return proposal;
    }

    /**
     * The forecast series of a year, month by month from its first forecast to its latest: each line's latest forecast as at the
     * month (a month without a new figure keeps the last one), for a chart of how the outturn is expected to move.
     */
    public List<MonthForecast> series(PooledFund fund, FundYear year) {
        TreeMap<String, List<Forecast>> byMonth = new TreeMap<>();
        forecasts.ofYear(fund.id, year.label).forEach(f -> byMonth.computeIfAbsent(f.month, m -> new ArrayList<>())
                .add(f));
        Map<String, BigDecimal> current = new TreeMap<>();
        List<MonthForecast> series = new ArrayList<>();
        if (byMonth.isEmpty()) {
            return series;
        }
        YearMonth last = YearMonth.parse(byMonth.lastKey());
        for (YearMonth month : year.year().months()) {
            if (month.isAfter(last)) {
                break;
            }
            List<Forecast> recorded = byMonth.get(month.toString());
            if (recorded != null) {
                recorded.forEach(f -> current.put(f.lineCode, Amounts.of(f.amount)));
            }
            if (!current.isEmpty()) {
                series.add(new MonthForecast(month, new LinkedHashMap<>(current)));
            }
        }
        return series;
    }

    /** Each line's forecast outturn as at a month. */
    public record MonthForecast(YearMonth month, Map<String, BigDecimal> byLine) {
        public BigDecimal total() {
            return Amounts.of(byLine.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add));
        }
    }

    private FundYear yearFor(PooledFund fund, String label, YearMonth month) {
        FundYear year = years.open(fund, label, "a forecast");
        if (!year.year().contains(month)) {
            throw ProblemException.invalidField("month", "must be a month of " + label);
        }
        return year;
    }

    private Set<String> codes(PooledFund fund, FundYear year) {
        Set<String> codes = new HashSet<>();
        lines.ofYear(fund.id, year.label).stream().map((BudgetLine l) -> l.code).forEach(codes::add);
        return codes;
    }

    private List<Forecast> save(PooledFund fund, FundYear year, YearMonth month, Map<String, BigDecimal> amounts,
                                String source) {
        List<Forecast> saved = new ArrayList<>();
        amounts.forEach((code, amount) -> {
            Forecast forecast = forecasts.find(fund.id, year.label, month.toString(), code).orElseGet(() -> {
                Forecast created = new Forecast();
                created.id = UUID.randomUUID().toString();
                created.fundId = fund.id;
                created.yearLabel = year.label;
                created.month = month.toString();
                created.lineCode = code;
                return created;
            });
            forecast.amount = amount;
            forecast.source = source;
            forecast.recordedAt = clock.instant();
            forecast.recordedBy = caller.subject();
            forecasts.persist(forecast);
            saved.add(forecast);
        });
        events.publish(fund.id, new ForecastRecorded(fund.id, year.label, month.toString(), source,
                saved.stream().map(f -> new ForecastRecorded.LineForecast(f.lineCode, FundMoney.of(fund, f.amount)))
                        .toList(), clock.instant()));
        return saved;
    }
}
