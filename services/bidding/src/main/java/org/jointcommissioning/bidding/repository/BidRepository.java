package org.jointcommissioning.bidding.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import org.jointcommissioning.bidding.domain.Bid;
import org.jointcommissioning.bidding.domain.BidStatus;
import org.jointcommissioning.common.paging.Page;
import org.jointcommissioning.common.paging.PageRequest;
import org.jointcommissioning.common.paging.Pages;

import java.util.List;

@ApplicationScoped
public class BidRepository implements PanacheRepositoryBase<Bid, String> {

    /** A query of its own rather than Panache's count, which makes its SQL anew on every call (10% of a submission). */
    public boolean hasLiveBid(String organisationId, String opportunityId, String lotId) {
        return !getEntityManager().createQuery("""
                        select 1 from Bid
                        where organisationId = ?1 and opportunityId = ?2 and lotId = ?3 and status = ?4""", Integer.class)
                .setParameter(1, organisationId).setParameter(2, opportunityId).setParameter(3, lotId)
                .setParameter(4, BidStatus.SUBMITTED).setMaxResults(1).getResultList().isEmpty();
    }

    public List<Bid> withStatus(String opportunityId, BidStatus... statuses) {
        return list("opportunityId = ?1 and status in ?2", Sort.by("submittedAt").and("id"),
                opportunityId, List.of(statuses));
    }

    /** An organisation's own bids, newest first, optionally on one opportunity. */
    public Page<Bid> ofOrganisation(String organisationId, String opportunityId, PageRequest page) {
        Sort newestFirst = Sort.descending("submittedAt").and("id");
        if (opportunityId == null) {
            return Pages.of(find("organisationId", newestFirst, organisationId),
                    getEntityManager().createQuery("select count(*) from Bid where organisationId = ?1", Long.class)
                            .setParameter(1, organisationId), page);
        }
        return Pages.of(find("organisationId = :org and opportunityId = :opp", newestFirst,
                        Parameters.with("org", organisationId).and("opp", opportunityId)),
                getEntityManager().createQuery(
                                "select count(*) from Bid where organisationId = ?1 and opportunityId = ?2", Long.class)
                        .setParameter(1, organisationId).setParameter(2, opportunityId), page);
    }

    /** Opened bids (never sealed ones), by lot and submission, optionally on one opportunity. */
    public Page<Bid> opened(String opportunityId, PageRequest page) {
        Sort byLot = Sort.by("opportunityId").and("lotId").and("submittedAt").and("id");
        if (opportunityId == null) {
            return Pages.of(find("openedAt is not null", byLot), page);
        }
        return Pages.of(find("openedAt is not null and opportunityId = ?1", byLot, opportunityId), page);
    }
}
