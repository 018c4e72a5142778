package org.jointcommissioning.bidding.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jointcommissioning.bidding.domain.Bid;
import org.jointcommissioning.bidding.domain.Organisation;
import org.jointcommissioning.bidding.repository.OrganisationRepository;
import org.jointcommissioning.common.outbox.EventPublisher;
import org.jointcommissioning.contracts.events.BidOpened;

import java.time.Instant;

/** Opens a live bid at the deadline and hands its content and price to evaluation in {@code BidOpened}. */
@ApplicationScoped
public class BidOpening {

    @Inject
    OrganisationRepository organisations;

    @Inject
    EventPublisher events;

    @Transactional(Transactional.TxType.MANDATORY)
    public void open(Bid bid, Instant now) {
        bid.open(now);
        Organisation bidder = organisations.findById(bid.organisationId);
        events.publish(bid.id, new BidOpened(bid.id, bid.opportunityId, bid.lotId, bidder.id, bidder.name,
                bidder.legalForm.toString(), bidder.size.toString(), bid.price(), bid.content().answers(),
                bid.content().socialValue(), bid.content().indicatorContributions(), bid.content().consortium(),
                bid.submittedAt, now));
    }
}
