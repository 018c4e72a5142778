package org.jointcommissioning.commissioning.repository;

import jakarta.persistence.EntityManager;

import java.util.List;

/** The partners known to pay into each pooled fund, learnt from the budgets service's contributions. */
public final class FundContributors {

    private FundContributors() {
    }

    public static void remember(EntityManager em, String fundId, String partnerId) {
        em.createNativeQuery("""
                        insert into fund_contributor (fund_id, partner_id) values (:fund, :partner)
                        on conflict do nothing""")
                .setParameter("fund", fundId).setParameter("partner", partnerId).executeUpdate();
    }

    @SuppressWarnings("unchecked")
    public static List<String> of(EntityManager em, String fundId) {
        return em.createNativeQuery("select partner_id from fund_contributor where fund_id = :fund order by partner_id")
                .setParameter("fund", fundId).getResultList();
    }
}
