package org.jointcommissioning.bidding.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import org.jointcommissioning.bidding.domain.Bid;
import org.jointcommissioning.bidding.domain.CriterionResult;
import org.jointcommissioning.bidding.repository.BidRepository;
import org.jointcommissioning.contracts.events.BidOutcome;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Records the result of an opened bid: awarded or unsuccessful, with its score, rank and feedback, and the decision
 * notice's reasons (each criterion's score beside the winner's) and standstill end.
 */
@ApplicationScoped
public class BidResults {

    private static final Logger LOG = Logger.getLogger(BidResults.class);
    @Inject
    BidRepository bids;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.MANDATORY)
    public void outcome(BidOutcome event) {
        Bid bid = bids.findByIdOptional(event.bidId(), LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> new IllegalStateException("BidOutcome for unknown bid " + event.bidId()));
        if (!Objects.equals(bid.opportunityId, event.opportunityId()) || !Objects.equals(bid.lotId, event.lotId())
                || !Objects.equals(bid.organisationId, event.organisationId())) {
            throw new IllegalStateException("BidOutcome for bid " + bid.id + " names another opportunity, lot or bidder");
        }
        if (!bid.status().awaitsOrHasOutcome()) {
            LOG.warnf("BidOutcome for bid %s ignored: the bid is %s", bid.id, bid.status());
            return;
        }
        Instant now = clock.instant();
        switch (event.outcome()) {
            case "awarded" -> bid.award(event.awardId(), event.score(), event.rank(), event.feedback(), now);
            case "unsuccessful" -> bid.reject(event.awardId(), event.score(), event.rank(), event.feedback(), now);
            default -> throw new IllegalStateException("BidOutcome for bid " + bid.id + " has outcome " + event.outcome());
        }
        bid.noticeOfDecision(event.scores() == null ? List.of() : event.scores().stream()
                .map(s -> new CriterionResult(s.criterionId(), s.name(), s.weight(), s.score(), s.winnerScore()))
                .toList(), event.standstillEndsAt());
        LOG.infof("Bid %s is %s", bid.id, bid.status());
    }
}
