package org.jointcommissioning.budgets.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import org.jointcommissioning.budgets.domain.Account;
import org.jointcommissioning.budgets.domain.Balances;
import org.jointcommissioning.budgets.domain.JournalEntry;
import org.jointcommissioning.common.kebab.Kebab;
import org.jointcommissioning.common.paging.Page;
import org.jointcommissioning.common.paging.PageRequest;
import org.jointcommissioning.common.paging.Pages;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The journal, and account balances summed from its lines by the database. */
@ApplicationScoped
public class JournalRepository implements PanacheRepositoryBase<JournalEntry, Long> {

    /** Balances over the entries effective on or before a date; every entry when the date is null. */
    public Balances balances(String fundId, LocalDate asOf) {
        return sum("e.fund_id = :fund and (cast(:asOf as date) is null or e.effective_date <= cast(:asOf as date))",
                fundId, asOf, null);
    }

    /** Balances of the entries made for one award: what is still reserved or committed for it. */
    public Balances balancesOfAward(String fundId, String awardId) {
        return sum("e.fund_id = :fund and e.award_id = :award", fundId, null, awardId);
    }

    public Page<JournalEntry> pageOfFund(String fundId, PageRequest request) {
        return Pages.of(find("fundId", Sort.by("number"), fundId), request);
    }

    /**
     * The next entry number of a fund (1, 2, 3...). The update locks the fund's row until the transaction ends, so
     * concurrent postings to one fund are numbered one after the other, never twice the same.
     */
    public long nextNumber(String fundId) {
        getEntityManager().flush();
        Object number = getEntityManager().createNativeQuery("""
                        update pooled_fund set last_entry_number = last_entry_number + 1 where id = :fund
                        returning last_entry_number""")
                .setParameter("fund", fundId).getSingleResult();
        return ((Number) number).longValue();
    }

    /** The entries a record caused (a year's settlement, carry-forward or return), in their order. */
    public List<JournalEntry> causedBy(String fundId, String causeId) {
        return list("fundId = ?1 and causeId = ?2", Sort.by("number"), fundId, causeId);
    }

    /** Whether any line of the fund's journal is on one of the partner's accounts: money it pledged or paid in. */
    public boolean hasMoneyOf(String fundId, String partnerId) {
        return !getEntityManager().createNativeQuery("""
                        select 1 from journal_line l join journal_entry e on e.id = l.entry_id
                        where e.fund_id = :fund and l.partner_id = :partner limit 1""")
                .setParameter("fund", fundId).setParameter("partner", partnerId).getResultList().isEmpty();
    }

    /**
     * Per partner, what entries of the given causes dated within the dates credited to its pledged capital: the
     * partners' contributions to a year (pledges and additional receipts), or what was carried into it.
     */
    public Map<String, BigDecimal> capitalCredited(String fundId, List<String> causes, LocalDate from, LocalDate to) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                        select l.partner_id, sum(l.credit) - sum(l.debit)
                        from journal_line l join journal_entry e on e.id = l.entry_id
                        where e.fund_id = :fund and l.account = 'pledged-capital' and e.cause in (:causes)
                          and e.effective_date between :from and :to
                        group by l.partner_id""")
                .setParameter("fund", fundId).setParameter("causes", causes).setParameter("from", from)
                .setParameter("to", to).getResultList();
        Map<String, BigDecimal> credited = new TreeMap<>();
        rows.forEach(row -> credited.put((String) row[0], (BigDecimal) row[1]));
        return credited;
    }

    /**
     * Per budget line code (null for awards on no line): what was spent on the dates given, and what is reserved
     * or committed on the last of them (the open commitments).
     */
    public Map<String, LineBalance> lineBalances(String fundId, LocalDate from, LocalDate to) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                        select p.line_code, l.account, sum(l.debit) - sum(l.credit)
                        from journal_line l join journal_entry e on e.id = l.entry_id
                        left join commitment_plan p on p.award_id = e.award_id
                        where e.fund_id = :fund and e.effective_date <= :to
                          and (l.account in ('reserved', 'committed')
                               or (l.account = 'spent' and e.effective_date >= :from))
                        group by p.line_code, l.account""")
                .setParameter("fund", fundId).setParameter("from", from).setParameter("to", to).getResultList();
        Map<String, LineBalance> lines = new HashMap<>();
        for (Object[] row : rows) {
            BigDecimal amount = (BigDecimal) row[2];
            LineBalance zero = new LineBalance(BigDecimal.ZERO, BigDecimal.ZERO);
            LineBalance add = "spent".equals(row[1]) ? new LineBalance(amount, BigDecimal.ZERO)
                    : new LineBalance(BigDecimal.ZERO, amount);
            lines.merge((String) row[0], zero.plus(add), LineBalance::plus);
        }
        return lines;
    }

    /** Spent in a period and open (reserved or committed) at its end, on one line or on none. */
    public record LineBalance(BigDecimal spent, BigDecimal open) {
        public LineBalance plus(LineBalance other) {
            return new LineBalance(spent.add(other.spent), open.add(other.open));
        }
    }

    private Balances sum(String where, String fundId, LocalDate asOf, String awardId) {
        var query = getEntityManager().createNativeQuery("""
                select l.account, l.partner_id, sum(l.debit) - sum(l.credit)
                from journal_line l join journal_entry e on e.id = l.entry_id
                where %s group by l.account, l.partner_id""".formatted(where));
        query.setParameter("fund", fundId);
        if (where.contains(":asOf")) {
            query.setParameter("asOf", asOf);
        }
        if (awardId != null) {
            query.setParameter("award", awardId);
        }
        Balances balances = new Balances();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        for (Object[] row : rows) {
            balances.add(Kebab.find(Account.class, (String) row[0]).orElseThrow(), (String) row[1], (BigDecimal) row[2]);
        }
        return balances;
    }
}
