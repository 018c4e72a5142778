package org.jointcommissioning.commissioning.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.jointcommissioning.commissioning.domain.OpenedBid;

import java.util.Collection;
import java.util.List;

/** The bids bidding opened at the deadlines, as evaluation reads them. */
@ApplicationScoped
public class OpenedBidRepository implements PanacheRepositoryBase<OpenedBid, String> {

    public List<OpenedBid> withIds(Collection<String> bidIds) {
        return list("bidId in ?1", bidIds);
    }

    /** An opportunity's opened bids, by lot, then as opened. */
    public List<OpenedBid> ofOpportunity(String opportunityId) {
        return list("opportunityId = ?1 order by lotId, openedAt, bidId", opportunityId);
    }

    public List<OpenedBid> ofLot(String opportunityId, String lotId) {
        return list("opportunityId = ?1 and lotId = ?2 order by openedAt, bidId", opportunityId, lotId);
    }
}
