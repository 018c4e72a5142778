package org.jointcommissioning.bidding.service;

import org.jointcommissioning.common.concurrency.IfMatch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import org.jointcommissioning.bidding.domain.Bid;
import org.jointcommissioning.bidding.domain.BidDraft;
import org.jointcommissioning.bidding.domain.Opportunity;
import org.jointcommissioning.bidding.domain.Organisation;
import org.jointcommissioning.bidding.repository.BidRepository;
import org.jointcommissioning.bidding.repository.OpportunityRepository;
import org.jointcommissioning.bidding.repository.OrganisationRepository;
import org.jointcommissioning.bidding.repository.UniqueRows;
import org.jointcommissioning.common.identity.Caller;
import org.jointcommissioning.common.outbox.EventPublisher;
import org.jointcommissioning.common.problem.ProblemException;
import org.jointcommissioning.contracts.events.BidSubmitted;
import org.jointcommissioning.contracts.events.BidWithdrawn;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/**
 * A bidder's own bids: submit, change and withdraw, only while the opportunity is published and before its
 * deadline by the server's clock. Events and logs carry ids only: the bid is sealed.
 */
@ApplicationScoped
public class BidService {

    private static final Logger LOG = Logger.getLogger(BidService.class);

    @Inject
    BidRepository bids;

    @Inject
    OpportunityRepository opportunities;

    @Inject
    OrganisationRepository organisations;

    @Inject
    EventPublisher events;

    @Inject
    UniqueRows uniqueRows;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Inject
    BiddingMetrics metrics;

    @Transactional(Transactional.TxType.MANDATORY)
    public Bid submit(String opportunityId, String lotId, BidDraft draft) {
        Organisation bidder = organisations.findByIdOptional(caller.requireOrgId())
                .orElseThrow(() -> ProblemException.conflict(
                        "Register your organisation (POST /api/organisations) before bidding"));
        Instant now = clock.instant();
        Opportunity opportunity = openOpportunity(opportunityId, now);
        BidRules.check(opportunity, lotId, bidder, draft);
        if (bids.hasLiveBid(bidder.id, opportunity.id, lotId)) {
            throw oneLiveBidPerLot(lotId);
        }
        Bid bid = Bid.submitted(UUID.randomUUID().toString(), opportunity.id, lotId, bidder.id, draft.price(),
                draft.content(), now);
        // The partial unique index settles two concurrent submissions on the same lot.
        uniqueRows.insert(bid, () -> oneLiveBidPerLot(bid.lotId));
        events.publish(bid.id, new BidSubmitted(bid.id, bid.opportunityId, bid.lotId, now));
        LOG.infof("Bid %s submitted on opportunity %s lot %s", bid.id, bid.opportunityId, bid.lotId);
        metrics.submitted();
        return bid;
    }

    @Transactional
    public Bid update(String id, BidDraft draft, IfMatch ifMatch) {
        Bid bid = ownLiveBid(id, "changed");
        ifMatch.check(bid.version, "The bid");
        Instant now = clock.instant();
        Opportunity opportunity = openOpportunity(bid.opportunityId, now);
        BidRules.check(opportunity, bid.lotId, organisations.findById(bid.organisationId), draft);
        bid.revise(draft.price(), draft.content(), now);
        LOG.infof("Bid %s updated", bid.id);
        return bid;
    }

    @Transactional
    public Bid withdraw(String id) {
        Bid bid = ownOpenBid(id, "withdrawn");
        Instant now = clock.instant();
        bid.withdraw(now);
        events.publish(bid.id, new BidWithdrawn(bid.id, bid.opportunityId, bid.lotId, now));
        LOG.infof("Bid %s withdrawn", bid.id);
        metrics.withdrawn();
        return bid;
    }

    /**
     * The caller's own live bid, while its opportunity still takes bids (the opportunity locked, so that its opening
     * at the deadline sees what is changed now); anyone else's is not found.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Bid ownOpenBid(String id, String action) {
        Bid bid = ownLiveBid(id, action);
        openOpportunity(bid.opportunityId, clock.instant());
        return bid;
    }

    /** The opportunity, if it takes bids now; locked so that its opening at the deadline sees this bid. */
    private Opportunity openOpportunity(String opportunityId, Instant now) {
        Opportunity opportunity = opportunities.findForBidding(opportunityId)
                .orElseThrow(() -> notOpen(opportunityId));
        if (!opportunity.acceptsBidsAt(now)) {
            throw notOpen(opportunityId);
        }
        return opportunity;
    }

    private Bid ownLiveBid(String id, String action) {
        Bid bid = bids.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Bid", id));
        caller.requireOwnRow(bid.organisationId, "Bid", id);
        if (!bid.isLive()) {
            throw ProblemException.conflict("Bid " + id + " is " + bid.status() + " and can no longer be " + action);
        }
        return bid;
    }

    private static ProblemException oneLiveBidPerLot(String lotId) {
        return ProblemException.conflict("Your organisation already has a live bid on lot " + lotId
                + "; change it with PUT or withdraw it first");
    }

    private static ProblemException notOpen(String opportunityId) {
        return ProblemException.conflict("Opportunity " + opportunityId
                + " is not open for bids: it is not published, or its submission deadline has passed");
    }
}
