package org.jointcommissioning.budgets.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import org.jointcommissioning.budgets.domain.PooledFund;
import org.jointcommissioning.common.paging.Page;
import org.jointcommissioning.common.paging.PageRequest;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class FundRepository implements PanacheRepositoryBase<PooledFund, String> {

    /** A partner takes part in a fund as its host, as a holder of a fixed share, or as a contributor. */
    private static final String PARTNER_OF_FUND = """
            (f.hostPartnerId = :org
             or exists (select 1 from PooledFund g join g.fixedShares s where g.id = f.id and key(s) = :org)
             or exists (select 1 from Contribution c where c.fundId = f.id and c.partnerId = :org))""";

    /**
     * The fund, its row locked until the transaction ends: every movement that checks a balance takes this
     * lock first, so two awards can never both spend the same pound.
     */
    public Optional<PooledFund> lock(String id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    public boolean hasPartner(String fundId, String partnerId) {
        return getEntityManager()
                .createQuery("select count(f) from PooledFund f where f.id = :id and " + PARTNER_OF_FUND, Long.class)
                .setParameter("id", fundId).setParameter("org", partnerId).getSingleResult() > 0;
    }

    public Page<PooledFund> page(PageRequest request) {
        return Pages.of(findAll(Sort.by("createdAt").and("id")), request);
    }

    public Page<PooledFund> pageOfPartner(String partnerId, PageRequest request) {
        var em = getEntityManager();
        List<PooledFund> items = em.createQuery("select f from PooledFund f where " + PARTNER_OF_FUND
                        + " order by f.createdAt, f.id", PooledFund.class)
                .setParameter("org", partnerId)
                .setFirstResult(request.offset()).setMaxResults(request.size()).getResultList();
        long total = em.createQuery("select count(f) from PooledFund f where " + PARTNER_OF_FUND, Long.class)
                .setParameter("org", partnerId).getSingleResult();
        return new Page<>(items, request.page(), request.size(), total);
    }
}
