package org.jointcommissioning.commissioning.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.jointcommissioning.commissioning.domain.FundMembership;

import java.util.List;

/** What commissioning knows of the pooled funds: their members, whether open, and who has contributed. */
@ApplicationScoped
public class FundMembershipRepository implements PanacheRepositoryBase<FundMembership, String> {

    /** Remembers that a partner has put money into a fund (once, however often it is told). */
    public void rememberContributor(String fundId, String partnerId) {
        getEntityManager().createNativeQuery("""
                        insert into fund_contributor (fund_id, partner_id) values (:fund, :partner)
                        on conflict do nothing""")
                .setParameter("fund", fundId).setParameter("partner", partnerId).executeUpdate();
    }

    /** The partners that have put money into the fund, in id order. */
    @SuppressWarnings("unchecked")
    public List<String> contributorsOf(String fundId) {
        return getEntityManager()
                .createNativeQuery("select partner_id from fund_contributor where fund_id = :fund order by partner_id")
                .setParameter("fund", fundId).getResultList();
    }
}
