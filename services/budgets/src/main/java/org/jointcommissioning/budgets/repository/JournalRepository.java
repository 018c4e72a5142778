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
import java.util.List;

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

    /** Whether any line of the fund's journal is on one of the partner's accounts: money it pledged or paid in. */
    public boolean hasMoneyOf(String fundId, String partnerId) {
        return !getEntityManager().createNativeQuery("""
                        select 1 from journal_line l join journal_entry e on e.id = l.entry_id
                        where e.fund_id = :fund and l.partner_id = :partner limit 1""")
                .setParameter("fund", fundId).setParameter("partner", partnerId).getResultList().isEmpty();
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
