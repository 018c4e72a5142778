package org.jointcommissioning.bidding.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import org.jointcommissioning.bidding.domain.Bid;
import org.jointcommissioning.bidding.domain.BidStatus;
import org.jointcommissioning.bidding.domain.Criterion;
import org.jointcommissioning.bidding.domain.Lot;
import org.jointcommissioning.bidding.domain.Opportunity;
import org.jointcommissioning.bidding.domain.OpportunityStatus;
import org.jointcommissioning.bidding.repository.BidRepository;
import org.jointcommissioning.bidding.repository.OpportunityRepository;
import org.jointcommissioning.contracts.events.CriterionSummary;
import org.jointcommissioning.contracts.events.LotSummary;
import org.jointcommissioning.contracts.events.OpportunityCancelled;
import org.jointcommissioning.contracts.events.OpportunityClosed;
import org.jointcommissioning.contracts.events.OpportunityPublished;
import org.jointcommissioning.contracts.events.TechnicalScoringCompleted;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Keeps this service's view of opportunities from commissioning's events, and moves the bids on: opened at
 * the close, cancelled with the opportunity. Each step is a no-op when the opportunity is already past it.
 */
@ApplicationScoped
public class OpportunityView {

    private static final Logger LOG = Logger.getLogger(OpportunityView.class);

    @Inject
    OpportunityRepository opportunities;

    @Inject
    BidRepository bids;

    @Inject
    BidOpening opening;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.MANDATORY)
    public void published(OpportunityPublished event) {
        Opportunity opportunity = opportunities.findForChange(event.opportunityId()).orElse(null);
        if (opportunity == null) {
            opportunity = known(event.opportunityId(), event.ownerOrgId());
        } else if (opportunity.status() != OpportunityStatus.PUBLISHED) {
            LOG.infof("Opportunity %s is %s already; publication ignored", opportunity.id, opportunity.status());
            return;
        }
        opportunity.publish(event.title(), event.submissionDeadline(), lots(event.lots()), criteria(event.criteria()));
        LOG.infof("Opportunity %s open for bids until %s", opportunity.id, opportunity.submissionDeadline());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void closed(OpportunityClosed event) {
        Opportunity opportunity = opportunities.findForChange(event.opportunityId())
                .orElseGet(() -> known(event.opportunityId(), event.ownerOrgId()));
        if (opportunity.status() != OpportunityStatus.PUBLISHED) {
            return;
        }
        opportunity.close(event.closedAt());
        Instant now = clock.instant();
        List<Bid> live = bids.withStatus(opportunity.id, BidStatus.SUBMITTED);
        live.forEach(bid -> opening.open(bid, now));
        LOG.infof("Opportunity %s closed: %d bids opened", opportunity.id, live.size());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void cancelled(OpportunityCancelled event) {
        Opportunity opportunity = opportunities.findForChange(event.opportunityId())
                .orElseGet(() -> known(event.opportunityId(), event.ownerOrgId()));
        if (opportunity.status() == OpportunityStatus.CANCELLED) {
            return;
        }
        opportunity.cancel(event.cancelledAt());
        Instant now = clock.instant();
        List<Bid> affected = bids.withStatus(opportunity.id, BidStatus.SUBMITTED, BidStatus.OPENED);
        affected.forEach(bid -> bid.cancel(now));
        LOG.infof("Opportunity %s cancelled: %d bids cancelled", opportunity.id, affected.size());
    }

    /** Commissioning has the technical scores of every opened bid: the financial envelopes may be opened now. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void technicalScoringCompleted(TechnicalScoringCompleted event) {
        Opportunity opportunity = opportunities.findForChange(event.opportunityId())
                .orElseGet(() -> known(event.opportunityId(), event.ownerOrgId()));
        opportunity.technicalScoringCompleted(event.completedAt());
        LOG.infof("Opportunity %s: technical scoring complete; financial envelopes may be opened", opportunity.id);
    }

    private static List<Lot> lots(List<LotSummary> lots) {
        return lots.stream().map(l -> new Lot(l.lotId(), l.title(), l.estimatedValue(), l.reservedForVoluntarySector()))
                .toList();
    }

    private static List<Criterion> criteria(List<CriterionSummary> criteria) {
        return criteria.stream().map(c -> new Criterion(c.criterionId(), c.name(), c.kind(), c.weight())).toList();
    }

    /** An opportunity first heard of now (its publication may have come before this service existed). */
    private Opportunity known(String id, String ownerOrgId) {
        Opportunity opportunity = Opportunity.known(id, ownerOrgId);
        opportunities.persist(opportunity);
        return opportunity;
    }
}
