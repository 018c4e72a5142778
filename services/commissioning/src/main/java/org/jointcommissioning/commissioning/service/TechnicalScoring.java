package org.jointcommissioning.commissioning.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import org.jointcommissioning.commissioning.domain.Opportunity;
import org.jointcommissioning.commissioning.repository.EvaluationRepository;
import org.jointcommissioning.commissioning.repository.OpenedBidRepository;
import org.jointcommissioning.common.outbox.EventPublisher;
import org.jointcommissioning.contracts.events.TechnicalScoringCompleted;

import java.time.Clock;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Tells bidding, once, that every opened bid of an opportunity has its quality and social-value scores, so that the
 * bids' financial envelopes may be opened (price is read only after quality is marked). A scoring always covers every
 * such criterion, so the opportunity is complete when the last unscored bid gets its first scoring; a later rescoring
 * announces nothing again.
 */
@ApplicationScoped
public class TechnicalScoring {

    private static final Logger LOG = Logger.getLogger(TechnicalScoring.class);

    @Inject
    OpenedBidRepository openedBids;

    @Inject
    EvaluationRepository evaluations;

    @Inject
    EventPublisher events;

    @Inject
    Clock clock;

    /** After a bid's first scoring (flushed): announces completion when no opened bid is left unscored. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void firstScored(Opportunity opportunity) {
        Set<String> scored = evaluations.ofOpportunity(opportunity.id).stream().map(e -> e.bidId)
                .collect(Collectors.toSet());
        var opened = openedBids.ofOpportunity(opportunity.id);
        if (opened.isEmpty() || !opened.stream().allMatch(b -> scored.contains(b.bidId))) {
            return;
        }
        events.publish(opportunity.id, new TechnicalScoringCompleted(opportunity.id, opportunity.ownerOrgId,
                opened.size(), clock.instant()));
        LOG.infof("Opportunity %s: technical scoring of %d bids complete", opportunity.id, opened.size());
    }
}
