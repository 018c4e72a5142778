package org.jointcommissioning.commissioning.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import org.jointcommissioning.commissioning.domain.Award;
import org.jointcommissioning.commissioning.domain.AwardDraft;
import org.jointcommissioning.commissioning.domain.AwardStatus;
import org.jointcommissioning.commissioning.domain.OpenedBid;
import org.jointcommissioning.commissioning.domain.Opportunity;
import org.jointcommissioning.commissioning.domain.OpportunityStatus;
import org.jointcommissioning.commissioning.repository.AwardRepository;
import org.jointcommissioning.commissioning.repository.OpenedBidRepository;
import org.jointcommissioning.common.identity.Caller;
import org.jointcommissioning.common.outbox.EventPublisher;
import org.jointcommissioning.common.paging.Page;
import org.jointcommissioning.common.paging.PageRequest;
import org.jointcommissioning.common.problem.ProblemException;
import org.jointcommissioning.contracts.events.AwardCancelled;
import org.jointcommissioning.contracts.events.FundingRequested;
import org.jointcommissioning.contracts.money.Money;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Step 1 of the award saga, and the cancellation of awards. */
@ApplicationScoped
public class AwardService {

    @Inject
    AwardChangeLog awardChanges;

    @Inject
    OpenedBidRepository openedBids;

    @Inject
    AwardRepository awards;

    @Inject
    OpportunityAccess access;

    @Inject
    EvaluationService evaluations;

    @Inject
    FundMembers funds;

    @Inject
    EventPublisher events;

    @Inject
    OcdsPublisher ocds;

    @Inject
    Caller caller;


    @Inject
    Clock clock;

    @Inject
    CommissioningMetrics metrics;

    /** Stores the award as pending-funding and asks the fund to reserve the amount. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Award create(String opportunityId, AwardDraft request) {
        Opportunity opportunity = access.owned(opportunityId);
        opportunity.require("awarded", OpportunityStatus.CLOSED);
        if (opportunity.lot(request.lotId()).isEmpty()) {
            throw ProblemException.invalidField("lotId", "no lot " + request.lotId() + " in this opportunity");
        }
        OpenedBid bid = openedBids.findById(request.bidId());
        if (bid == null || !bid.opportunityId.equals(opportunityId) || !bid.lotId.equals(request.lotId())) {
            throw ProblemException.invalidField("bidId", "no opened bid " + request.bidId() + " in lot " + request.lotId());
        }
        requireWithinPrice(request.amount(), bid);
        if (evaluations.evaluateLot(opportunity, request.lotId()).stream().anyMatch(s -> !s.result().complete())) {
            throw ProblemException.conflict("Every opened bid in lot " + request.lotId() + " must be scored first");
        }
        if (awards.anyOfLot(opportunityId, request.lotId(), AwardStatus.LIVE)) {
            throw ProblemException.conflict("Lot " + request.lotId() + " already has an award in flight or active");
        }
        funds.requireStillDrawable(opportunity.fundId, opportunity.ownerOrgId);
        Award award = Award.pending(UUID.randomUUID().toString(), opportunityId, request.lotId(), bid.bidId,
                request.amount().amount(), bid.price.currency(), opportunity.fundId, caller.subject(), clock.instant());
        try {
            awards.persist(award);
            awards.flush();
        } catch (PersistenceException e) {
            // The unique index: another request put an award in flight for this lot a moment ago.
            throw ProblemException.conflict("Lot " + request.lotId() + " already has an award in flight or active");
        }
        events.publish(award.id, new FundingRequested(award.id, opportunityId, award.lotId, award.fundId, opportunity.ownerOrgId,
                award.amount.toMoney(), award.createdAt));
        awardChanges.made(award);
        metrics.award(award.status());
        return award;
    }

    /**
     * An award is for the bid: in its currency and at most its price. Less is allowed, for a price negotiated down
     * after evaluation; zero or less never reaches here (the request's money is more than zero).
     */
    private static void requireWithinPrice(Money amount, OpenedBid bid) {
        if (!bid.price.currency().equals(amount.currency())) {
            throw ProblemException.invalidField("amount", "must be in the bid's currency, " + bid.price.currency());
        }
        if (amount.amount().compareTo(bid.price.amount()) > 0) {
            throw ProblemException.invalidField("amount", "must not exceed the bid's price of "
                    + bid.price.amount().toPlainString() + " " + bid.price.currency());
        }
    }

    /** Oldest first, then by id. */
    public Page<Award> list(String opportunityId, PageRequest page) {
        access.ownedOrOverseen(opportunityId);
        return awards.ofOpportunity(opportunityId, page);
    }

    /** The opened bids the awards are for, by bid id, read at once. */
    public Map<String, OpenedBid> bidsOf(List<Award> awards) {
        if (awards.isEmpty()) {
            return Map.of();
        }
        return openedBids.withIds(awards.stream().map(a -> a.bidId).distinct().toList())
                .stream().collect(Collectors.toMap(b -> b.bidId, Function.identity()));
    }

    /**
     * Cancels a live award, by the owner's commissioners or the partnership admin; the fund releases the money on
     * AwardCancelled.
     */
    @Transactional
    public Award cancel(String awardId, String reason) {
        Award award = this.awards.findById(awardId);
        if (award == null) {
            throw ProblemException.notFound("Award", awardId);
        }
        Opportunity opportunity = access.undoable(award.opportunityId, "Award", awardId);
        withdraw(award, opportunity, reason);
        return award;
    }

    /** Cancels the award (also when a challenge to it is upheld): the lot may be evaluated and awarded again. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void withdraw(Award award, Opportunity opportunity, String reason) {
        award.cancel(reason, clock.instant());
        opportunity.awardWithdrawn(award.endedAt());
        awardChanges.statusChanged(award);
        events.publish(award.id, new AwardCancelled(award.id, award.opportunityId, award.lotId, award.fundId, reason,
                award.endedAt()));
        if (award.wasContracted()) {
            ocds.release(opportunity, "awardUpdate", "contractUpdate");
        } else if (award.wasAnnounced()) {
            ocds.release(opportunity, "awardUpdate");
        }
        metrics.award(award.status());
    }

    /** The opened bid an award is for. */
    public OpenedBid bidOf(Award award) {
        return openedBids.findById(award.bidId);
    }
}
