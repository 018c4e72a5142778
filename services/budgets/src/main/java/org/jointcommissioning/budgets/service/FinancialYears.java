package org.jointcommissioning.budgets.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jointcommissioning.budgets.domain.FinancialYear;
import org.jointcommissioning.budgets.domain.FundYear;
import org.jointcommissioning.budgets.domain.Movement;
import org.jointcommissioning.budgets.domain.PooledFund;
import org.jointcommissioning.budgets.domain.RiskShare;
import org.jointcommissioning.budgets.domain.SettlementRule;
import org.jointcommissioning.budgets.domain.YearDraft;
import org.jointcommissioning.budgets.repository.FundRepository;
import org.jointcommissioning.budgets.repository.YearRepository;
import org.jointcommissioning.common.identity.Caller;
import org.jointcommissioning.common.outbox.EventPublisher;
import org.jointcommissioning.common.problem.ProblemException;
import org.jointcommissioning.contracts.events.FinancialYearOpened;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/** Opens a fund's financial years and finds them. */
@ApplicationScoped
public class FinancialYears {

    @Inject
    FundRepository funds;

    @Inject
    YearRepository years;

    @Inject
    FundAccess access;

    @Inject
    HostFinance hostFinance;

    @Inject
    Ledger ledger;

    @Inject
    EventPublisher events;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    /**
     * Opens a year with the settlement terms the agreement declares; when none are given, the fund's own rule and
     * fixed shares.
     */
    @Transactional
    public FundYear open(String fundId, YearDraft draft) {
        PooledFund fund = hostFinance.lockFor(fundId, "open the financial years");
        FinancialYear year = yearOf("year", draft.year());
        if (!fund.isOpen()) {
            throw ProblemException.conflict("Fund " + fund.id + " is closed: it opens no new years");
        }
        if (years.of(fund.id, year).isPresent()) {
            throw ProblemException.conflict("Financial year " + year + " of fund " + fund.id + " is already open");
        }
        FundYear opened = new FundYear();
        opened.id = UUID.randomUUID().toString();
        opened.fundId = fund.id;
        opened.label = year.label();
        setTerms(fund, opened, draft);
        opened.openedAt = clock.instant();
        years.persist(opened);
        ledger.note(fund.id, Movement.YEAR_OPENED, "Financial year " + year + " opened by " + caller.name()
                + ", settled by the " + opened.settlementRule + " rule");
        events.publish(fund.id, new FinancialYearOpened(fund.id, year.label(), year.starts(), year.ends(),
                opened.settlementRule.toString(),
                opened.hostTranche == null ? null : FundMoney.of(fund, opened.hostTranche), opened.openedAt));
        return opened;
    }

    private void setTerms(PooledFund fund, FundYear year, YearDraft draft) {
        if (draft.rule() == null) {
            year.settlementRule = switch (fund.riskShareRule) {
                case FIXED -> SettlementRule.FIXED;
                case PROPORTIONAL -> SettlementRule.PROPORTIONAL;
            };
            year.fixedShares.putAll(fund.fixedShares);
            return;
        }
        year.settlementRule = draft.rule();
        Map<String, BigDecimal> shares = draft.shares() == null ? Map.of() : draft.shares();
        if (draft.rule() == SettlementRule.FIXED) {
            String problem = RiskShare.problemWithFixedShares(shares);
            if (problem != null) {
                throw ProblemException.invalidField("riskShare.shares", problem);
            }
            Set<String> outside = new TreeSet<>(shares.keySet());
            outside.removeAll(fund.members());
            if (!outside.isEmpty()) {
                throw ProblemException.invalidField("riskShare.shares", "name " + String.join(", ", outside)
                        + ", not members of the fund");
            }
            year.fixedShares.putAll(shares);
        } else if (!shares.isEmpty()) {
            throw ProblemException.invalidField("riskShare.shares", "are given only with the fixed rule");
        }
        if (draft.rule() == SettlementRule.WATERFALL) {
            if (draft.hostTranche() == null) {
                throw ProblemException.invalidField("riskShare.hostTranche", "the waterfall rule needs the host's "
                        + "first tranche");
            }
            year.hostTranche = draft.hostTranche();
        } else if (draft.hostTranche() != null) {
            throw ProblemException.invalidField("riskShare.hostTranche", "is given only with the waterfall rule");
        }
    }

    /** A fund's years, oldest first; the fund is one the caller may read. */
    public List<FundYear> of(PooledFund fund) {
        return years.ofFund(fund.id);
    }

    /** A year of a fund the caller may read, or 404. */
    public FundYear get(PooledFund fund, String label) {
        FinancialYear year = FinancialYear.parse(label).orElseThrow(() -> ProblemException.notFound("Financial year",
                label));
        return years.of(fund.id, year).orElseThrow(() -> ProblemException.notFound("Financial year", label));
    }

    /** A year that must be open for the change asked: 409 once closed. */
    public FundYear open(PooledFund fund, String label, String change) {
        FundYear year = get(fund, label);
        if (year.isClosed()) {
            throw ProblemException.conflict("Financial year " + label + " of fund " + fund.id + " is closed: " + change
                    + " belongs to an open year");
        }
        return year;
    }

    static FinancialYear yearOf(String field, String label) {
        return FinancialYear.parse(label).orElseThrow(() -> ProblemException.invalidField(field, FinancialYear.RULE));
    }
}
