package org.jointcommissioning.budgets.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import org.jointcommissioning.budgets.domain.PooledFund;
import org.jointcommissioning.common.paging.Page;
import org.jointcommissioning.common.paging.PageRequest;
import org.jointcommissioning.common.paging.Pages;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class FundRepository implements PanacheRepositoryBase<PooledFund, String> {

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

    /** The funds a partner is a member of (the host is always one). */
    public Page<PooledFund> pageOfMember(String partnerId, PageRequest request) {
        return Pages.of(find(":org member of members", Sort.by("createdAt").and("id"), Parameters.with("org", partnerId)),
                request);
    }

    /** The ids of the funds a partner is a member of. */
    public List<String> idsOfMember(String partnerId) {
        return getEntityManager()
                .createNativeQuery("select fund_id from fund_member where partner_id = :org", String.class)
                .setParameter("org", partnerId).getResultList();
    }
}
