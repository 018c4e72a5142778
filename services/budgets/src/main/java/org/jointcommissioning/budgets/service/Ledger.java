package org.jointcommissioning.budgets.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jointcommissioning.budgets.domain.Balances;
import org.jointcommissioning.budgets.domain.FundStatement;
import org.jointcommissioning.budgets.domain.JournalEntry;
import org.jointcommissioning.budgets.domain.JournalLine;
import org.jointcommissioning.budgets.domain.Movement;
import org.jointcommissioning.budgets.domain.PooledFund;
import org.jointcommissioning.budgets.domain.Posting;
import org.jointcommissioning.budgets.domain.Postings;
import org.jointcommissioning.budgets.domain.FinancialYear;
import org.jointcommissioning.budgets.domain.LedgerChange;
import org.jointcommissioning.budgets.repository.FundRepository;
import org.jointcommissioning.budgets.repository.JournalRepository;
import org.jointcommissioning.budgets.repository.YearRepository;
import org.jointcommissioning.common.changes.ChangeLog;
import org.jointcommissioning.common.problem.ProblemException;
import org.jointcommissioning.common.paging.Page;
import org.jointcommissioning.common.paging.PageRequest;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Writes journal entries (movements of money and notes) and reads balances and statements from them. Every entry
 * is also recorded in the change feed, in the same transaction: this is the one place entries are written.
 */
@ApplicationScoped
public class Ledger {

    /** What the change feed names a journal entry, and its one kind of change (entries are never changed). */
    public static final String CHANGE_KIND = "ledger-entry";
    public static final String POSTED = "posted";

    @Inject
    JournalRepository journal;

    @Inject
    YearRepository years;

    @Inject
    FundRepository funds;

    @Inject
    ChangeLog changes;

    @Inject
    Clock clock;

    /** Records one movement; its lines must balance, or nothing is written. */
    @Transactional(Transactional.TxType.MANDATORY)
    public JournalEntry post(String fundId, LocalDate effectiveDate, Movement cause, String causeId, String awardId,
                             String description, List<Posting> postings) {
        if (!cause.movesMoney()) {
            throw new IllegalArgumentException(cause + " is a note, not a movement of money");
        }
        List<Posting> lines = Postings.balanced(postings);
        if (years.isClosed(fundId, effectiveDate)) {
            throw ProblemException.conflict("Financial year " + FinancialYear.containing(effectiveDate) + " of fund "
                    + fundId + " is closed: nothing more is posted to it. Record a correction as a new entry dated in "
                    + "the open year, with a reference to what it corrects");
        }
        JournalEntry entry = entry(fundId, effectiveDate, cause, causeId, awardId, description);
        lines.stream().map(JournalLine::of).forEach(entry.lines::add);
        return written(entry);
    }

    /** Records a change to the fund that moves no money (its opening, members or closing): an entry without lines. */
    @Transactional(Transactional.TxType.MANDATORY)
    public JournalEntry note(String fundId, Movement cause, String description) {
        if (cause.movesMoney()) {
            throw new IllegalArgumentException(cause + " moves money; it needs lines");
        }
        return written(entry(fundId, today(), cause, fundId, null, description));
    }

    private JournalEntry written(JournalEntry entry) {
        journal.persist(entry);
        changes.record(CHANGE_KIND, entry.fundId + "/" + entry.number, entry.fundId, POSTED,
                new LedgerChange(entry, funds.findById(entry.fundId).currency));
        return entry;
    }

    private JournalEntry entry(String fundId, LocalDate effectiveDate, Movement cause, String causeId,
                               String awardId, String description) {
        JournalEntry entry = new JournalEntry();
        entry.fundId = fundId;
        entry.number = journal.nextNumber(fundId);
        entry.effectiveDate = effectiveDate;
        // As the database keeps it (to the microsecond), so that the change feed shows what the ledger shows.
        entry.recordedAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
        entry.cause = cause;
        entry.causeId = causeId;
        entry.awardId = awardId;
        entry.description = description;
        return entry;
    }

    /** Balances over the whole journal: what every check of available money or cash reads. */
    public Balances balances(String fundId) {
        return journal.balances(fundId, null);
    }

    public Balances balancesOfAward(String fundId, String awardId) {
        return journal.balancesOfAward(fundId, awardId);
    }

    public FundStatement statement(PooledFund fund, LocalDate asOf) {
        return FundStatement.of(asOf, journal.balances(fund.id, asOf), fund.riskShare());
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** A fund's journal, entry by entry in their order. */
    public Page<JournalEntry> entriesOf(PooledFund fund, PageRequest page) {
        return journal.pageOfFund(fund.id, page);
    }
}
