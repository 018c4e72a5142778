package org.jointcommissioning.outcomes.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.jointcommissioning.outcomes.domain.Contract;
import org.jointcommissioning.outcomes.domain.ServingContract;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

@ApplicationScoped
public class ContractRepository implements PanacheRepositoryBase<Contract, String> {

    /** The contracts still linked to an indicator (not cancelled), oldest award first. */
    public List<Contract> activeFor(String indicatorCode) {
        return list("select distinct c from Contract c join c.indicators i"
                + " where i.indicatorCode = ?1 and c.cancelledAt is null order by c.awardedAt, c.awardId", indicatorCode);
    }

    /** Records a payment once, whatever the order or number of deliveries; answers whether it was new. */
    public boolean recordPayment(String paymentId, String awardId, String fundId, BigDecimal amount, String currency,
                                 java.time.LocalDate paidOn, java.time.Instant recordedAt) {
        return getEntityManager().createNativeQuery("""
                        insert into payment (payment_id, award_id, fund_id, amount, currency, paid_on, recorded_at)
                        values (:payment, :award, :fund, :amount, :currency, :paidOn, :recordedAt)
                        on conflict (payment_id) do nothing""")
                .setParameter("payment", paymentId).setParameter("award", awardId).setParameter("fund", fundId)
                .setParameter("amount", amount).setParameter("currency", currency)
                .setParameter("paidOn", paidOn).setParameter("recordedAt", recordedAt)
                .executeUpdate() == 1;
    }

    /**
     * Spend to date per award id, counting only payments from the contract's own fund; an award with no such
     * payment is absent.
     */
    public Map<String, BigDecimal> spentByAward(Collection<String> awardIds) {
        Map<String, BigDecimal> spent = new HashMap<>();
        if (awardIds.isEmpty()) {
            return spent;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createNativeQuery(
                        """
                        select p.award_id, sum(p.amount) from payment p
                        join contract c on c.award_id = p.award_id and c.fund_id = p.fund_id
                        where p.award_id in (:ids) group by p.award_id""")
                .setParameter("ids", awardIds).getResultList();
        for (Object[] row : rows) {
            spent.put((String) row[0], (BigDecimal) row[1]);
        }
        return spent;
    }

    /** The contracts still linked to any of the indicators (not cancelled), a row per indicator, in one query. */
    public List<ServingContract> serving(Collection<String> indicatorCodes) {
        if (indicatorCodes.isEmpty()) {
            return List.of();
        }
        return getEntityManager().createQuery("""
                        select new org.jointcommissioning.outcomes.domain.ServingContract(i.indicatorCode, c.awardId, c.amount)
                        from Contract c join c.indicators i
                        where i.indicatorCode in :codes and c.cancelledAt is null""", ServingContract.class)
                .setParameter("codes", indicatorCodes).getResultList();
    }
}
