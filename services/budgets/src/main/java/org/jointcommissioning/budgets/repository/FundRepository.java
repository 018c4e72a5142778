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

    /** A partner takes part in a fund only as one of its members (the host is always one). */
    private static final String MEMBER_OF_FUND = ":org member of f.members";

    /**
     * The fund, its row locked until the transaction ends: every movement that checks a balance takes this
     * lock first, so two awards can never both spend the same pound.
     */
    public Optional<PooledFund> lock(String id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    public Page<PooledFund> page(PageRequest request) {
        return Pages.of(findAll(Sort.by("createdAt").and("id")), request);
    }

    public Page<PooledFund> pageOfMember(String partnerId, PageRequest request) {
        var em = getEntityManager();
        List<PooledFund> items = em.createQuery("select f from PooledFund f where " + MEMBER_OF_FUND
                        + " order by f.createdAt, f.id", PooledFund.class)
                .setParameter("org", partnerId)
                .setFirstResult(request.offset()).setMaxResults(request.size()).getResultList();
        long total = em.createQuery("select count(f) from PooledFund f where " + MEMBER_OF_FUND, Long.class)
                .setParameter("org", partnerId).getSingleResult();
        return new Page<>(items, request.page(), request.size(), total);
    }
}
