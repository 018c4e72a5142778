package org.jointcommissioning.commissioning.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import org.jointcommissioning.commissioning.domain.Award;
import org.jointcommissioning.commissioning.domain.AwardStatus;
import org.jointcommissioning.commissioning.domain.OpenedBid;
import org.jointcommissioning.commissioning.domain.Opportunity;
import org.jointcommissioning.commissioning.domain.OpportunityStatus;
import org.jointcommissioning.commissioning.repository.AwardRepository;
import org.jointcommissioning.commissioning.repository.OpenedBidRepository;
import org.jointcommissioning.commissioning.repository.OpportunityRepository;
import org.jointcommissioning.common.outbox.EventPublisher;
import org.jointcommissioning.contracts.events.BidOutcome;
import org.jointcommissioning.contracts.events.ContractAwarded;
import org.jointcommissioning.contracts.events.FundingRejected;
import org.jointcommissioning.contracts.events.FundsReserved;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Step 3 of the award saga: the fund's answer. Only a pending award moves, so an answer that arrives twice
 * (or after a cancellation) changes nothing and announces nothing.
 */
@ApplicationScoped
public class AwardFunding {

    private static final Logger LOG = Logger.getLogger(AwardFunding.class);

    @Inject
    OpportunityRepository opportunityRows;

    @Inject
    OpenedBidRepository openedBids;

    @Inject
    AwardRepository awards;

    @Inject
    EvaluationService evaluations;

    @Inject
    OpportunityService opportunities;

    @Inject
    EventPublisher events;

    @Inject
    OcdsPublisher ocds;

    @Inject
    Clock clock;

    @Inject
    CommissioningMetrics metrics;

    @Transactional(Transactional.TxType.MANDATORY)
    public void reserved(FundsReserved reserved) {
        Award award = pending(reserved.awardId());
        if (award == null) {
            return;
        }
        award.activate(clock.instant());
        Opportunity opportunity = opportunityRows.findById(award.opportunityId);
        // Lots that drew no bid cannot be awarded: the opportunity is awarded once every lot with bids is.
        Set<String> awardedLots = opportunities.awardedLots(opportunity.id);
        Set<String> biddenLots = openedBids.ofOpportunity(opportunity.id).stream().map(b -> b.lotId)
                .collect(Collectors.toSet());
        if (awardedLots.containsAll(biddenLots)) {
            opportunity.markAwarded(award.activatedAt());
        }
        OpenedBid winner = openedBids.findById(award.bidId);
        events.publish(award.id, new ContractAwarded(award.id, opportunity.id, opportunity.title, award.lotId,
                award.bidId, opportunity.ownerOrgId, winner.organisationId, winner.organisationName,
                award.amount.toMoney(), award.fundId, OpportunityEvents.indicators(opportunity), award.activatedAt()));
        announceOutcomes(opportunity, award);
        ocds.release(opportunity, "award", "contract");
        metrics.award(award.status());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void rejected(FundingRejected rejected) {
        Award award = pending(rejected.awardId());
        if (award == null) {
            return;
        }
        award.fail(rejected.detail() == null || rejected.detail().isBlank() ? rejected.reason()
                : rejected.reason() + ": " + rejected.detail(), clock.instant());
        metrics.award(award.status());
    }

    /** One BidOutcome per opened bid in the lot, with its score, rank and the evaluators' comment. */
    private void announceOutcomes(Opportunity opportunity, Award award) {
        List<ScoredBid> ranked = evaluations.evaluateLot(opportunity, award.lotId);
        for (ScoredBid scored : ranked) {
            boolean won = scored.bid().bidId.equals(award.bidId);
            events.publish(award.id, new BidOutcome(scored.bid().bidId, award.id, opportunity.id, award.lotId,
                    scored.bid().organisationId, won ? "awarded" : "unsuccessful", scored.result().weightedTotal(),
                    scored.result().rank(), scored.evaluation() == null ? null : scored.evaluation().comment));
        }
    }

    private Award pending(String awardId) {
        Award award = awards.findById(awardId);
        if (award == null || !award.is(AwardStatus.PENDING_FUNDING)) {
            LOG.infof("Ignoring the fund's answer for award %s: %s", awardId,
                    award == null ? "unknown" : "already " + award.status());
            return null;
        }
        return award;
    }
}
