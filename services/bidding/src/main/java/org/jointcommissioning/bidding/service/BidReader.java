package org.jointcommissioning.bidding.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jointcommissioning.bidding.domain.Bid;
import org.jointcommissioning.bidding.domain.Opportunity;
import org.jointcommissioning.bidding.domain.OpportunityStatus;
import org.jointcommissioning.bidding.repository.BidRepository;
import org.jointcommissioning.bidding.repository.OpportunityRepository;
import org.jointcommissioning.common.identity.Caller;
import org.jointcommissioning.common.identity.Roles;
import org.jointcommissioning.common.paging.Page;
import org.jointcommissioning.common.paging.PageRequest;
import org.jointcommissioning.common.problem.ProblemException;

/**
 * Who may read which bid. Before the deadline a bid exists only for its own organisation: anyone else is
 * answered as if it did not exist. Once opened, the opportunity owner's commissioners and the auditor read it.
 */
@ApplicationScoped
public class BidReader {

    @Inject
    BidRepository bids;

    @Inject
    OpportunityRepository opportunities;

    @Inject
    Caller caller;

    public Bid find(String id) {
        Bid bid = bids.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Bid", id));
        if (isOwnBid(bid) || (bid.isOpened() && mayReadOpenedBidsOf(bid.opportunityId))) {
            return bid;
        }
        throw ProblemException.notFound("Bid", id);
    }

    /** An opened bid on an opportunity of the caller's organisation, for its commissioners to act on; else not found. */
    public Bid openedForCommissioner(String id) {
        Bid bid = bids.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Bid", id));
        boolean owner = caller.hasRole(Roles.COMMISSIONER) && opportunities.findByIdOptional(bid.opportunityId)
                .map(o -> caller.belongsTo(o.ownerOrgId)).orElse(false);
        if (!owner || !bid.isOpened()) {
            throw ProblemException.notFound("Bid", id);
        }
        return bid;
    }

    public Page<Bid> list(String opportunityId, PageRequest page) {
        if (caller.hasRole(Roles.BIDDER)) {
            return bids.ofOrganisation(caller.requireOrgId(), opportunityId, page);
        }
        if (opportunityId == null) {
            if (!caller.hasRole(Roles.AUDITOR)) {
                throw ProblemException.forbidden(
                        "Commissioners read the bids of one opportunity, after its deadline: give opportunityId");
            }
            return bids.opened(null, page);
        }
        Opportunity opportunity = opportunities.findByIdOptional(opportunityId)
                .filter(o -> o.status() != OpportunityStatus.PUBLISHED)
                .orElseThrow(() -> ProblemException.forbidden(
                        "The bids on opportunity " + opportunityId + " are sealed until its submission deadline"));
        if (!mayReadOpenedBidsOf(opportunity)) {
            throw ProblemException.forbidden("Only the auditor and the commissioners of the opportunity's owner may"
                    + " read its bids");
        }
        return bids.opened(opportunityId, page);
    }

    /**
     * Whether the caller may read the bid's history (never its sealed price or content, which the trail does not
     * keep): its own organisation, the partnership's admin and auditor, and once opened the owner's commissioners.
     */
    public boolean mayReadHistoryOf(Bid bid) {
        return caller.hasAnyRole(Roles.PARTNERSHIP_ADMIN, Roles.AUDITOR) || isOwnBid(bid)
                || (bid.isOpened() && mayReadOpenedBidsOf(bid.opportunityId));
    }

    private boolean isOwnBid(Bid bid) {
        return caller.hasRole(Roles.BIDDER) && caller.belongsTo(bid.organisationId);
    }

    private boolean mayReadOpenedBidsOf(String opportunityId) {
        return opportunities.findByIdOptional(opportunityId).map(this::mayReadOpenedBidsOf).orElse(false);
    }

    private boolean mayReadOpenedBidsOf(Opportunity opportunity) {
        return caller.hasRole(Roles.AUDITOR)
                || (caller.hasRole(Roles.COMMISSIONER) && caller.belongsTo(opportunity.ownerOrgId));
    }
}
