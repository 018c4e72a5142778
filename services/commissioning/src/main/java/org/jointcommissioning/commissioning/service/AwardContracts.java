package org.jointcommissioning.commissioning.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jointcommissioning.commissioning.domain.Award;
import org.jointcommissioning.commissioning.domain.OpenedBid;
import org.jointcommissioning.commissioning.domain.Opportunity;
import org.jointcommissioning.commissioning.repository.OpenedBidRepository;
import org.jointcommissioning.commissioning.repository.OpportunityRepository;
import org.jointcommissioning.common.outbox.EventPublisher;
import org.jointcommissioning.contracts.events.ContractAwarded;

import java.time.Clock;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The end of the award saga: once its standstill is over, an award's contract is entered into. The award becomes
 * active, ContractAwarded tells the fund to commit the money, and the contract is published.
 */
@ApplicationScoped
public class AwardContracts {

    @Inject
    AwardChangeLog awardChanges;

    @Inject
    OpportunityRepository opportunityRows;

    @Inject
    OpenedBidRepository openedBids;

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

    /** Enters into the award's contract and publishes an OCDS release with the tags given. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void enter(Award award, String... ocdsTags) {
        award.activate(clock.instant());
        awardChanges.statusChanged(award);
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
        ocds.release(opportunity, ocdsTags);
        metrics.award(award.status());
    }
}
