package org.jointcommissioning.commissioning.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import org.jointcommissioning.commissioning.domain.Award;
import org.jointcommissioning.commissioning.domain.AwardStatus;
import org.jointcommissioning.commissioning.domain.Criterion;
import org.jointcommissioning.commissioning.domain.Framework;
import org.jointcommissioning.commissioning.domain.Opportunity;
import org.jointcommissioning.commissioning.repository.AwardRepository;
import org.jointcommissioning.commissioning.repository.FrameworkRepository;
import org.jointcommissioning.commissioning.repository.OpportunityRepository;
import org.jointcommissioning.common.outbox.EventPublisher;
import org.jointcommissioning.common.tracing.TraceContext;
import org.jointcommissioning.contracts.events.BidOutcome;
import org.jointcommissioning.contracts.events.FundingRejected;
import org.jointcommissioning.contracts.events.FundsReserved;
import org.jointcommissioning.contracts.events.StandstillStarted;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Step 3 of the award saga: the fund's answer. Reserved money starts the standstill: the decision is notified to
 * every bidder in the lot (with each criterion's score beside the winner's) and published; without a standstill the
 * contract is entered into at once. Only a pending award moves, so an answer that arrives twice (or after a
 * cancellation) changes nothing and announces nothing.
 */
@ApplicationScoped
public class AwardFunding {

    @Inject
    AwardChangeLog awardChanges;

    private static final Logger LOG = Logger.getLogger(AwardFunding.class);

    @Inject
    OpportunityRepository opportunityRows;

    @Inject
    FrameworkRepository frameworks;

    @Inject
    AwardRepository awards;

    @Inject
    EvaluationService evaluations;

    @Inject
    StandstillCalendar calendar;

    @Inject
    AwardContracts contracts;

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
        Opportunity opportunity = opportunityRows.findById(award.opportunityId);
        Framework framework = frameworks.findById(opportunity.frameworkId);
        // To the microsecond, as the database keeps it: the award is read back before the standstill's end is
        // compared with now, and a rounded-up end would hold back an award that has no standstill.
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        award.standStill(now, calendar.endOf(now, framework.standstillWorkingDays));
        award.traceparent = TraceContext.current();
        awardChanges.statusChanged(award);
        events.publish(award.id, new StandstillStarted(award.id, opportunity.id, award.lotId, award.bidId,
                opportunity.ownerOrgId, award.fundId, now, award.standstillEndsAt()));
        notifyDecision(opportunity, award);
        metrics.award(award.status());
        if (award.standstillOver(now)) {
            contracts.enter(award, "award", "contract");
        } else {
            ocds.release(opportunity, "award");
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void rejected(FundingRejected rejected) {
        Award award = pending(rejected.awardId());
        if (award == null) {
            return;
        }
        award.fail(rejected.detail() == null || rejected.detail().isBlank() ? rejected.reason()
                : rejected.reason() + ": " + rejected.detail(), clock.instant());
        awardChanges.statusChanged(award);
        metrics.award(award.status());
    }

    /**
     * The decision notice: one BidOutcome per opened bid in the lot, with its score and rank, the evaluators'
     * comment, and its score on each criterion beside the winning bid's, as the reasons for the decision.
     */
    private void notifyDecision(Opportunity opportunity, Award award) {
        List<ScoredBid> ranked = evaluations.evaluateLot(opportunity, award.lotId);
        ScoredBid winner = ranked.stream().filter(s -> s.bid().bidId.equals(award.bidId)).findFirst().orElseThrow();
        Instant standstillEndsAt = award.standstillEndsAt().isAfter(award.standstillStartedAt())
                ? award.standstillEndsAt() : null;
        for (ScoredBid scored : ranked) {
            boolean won = scored == winner;
            events.publish(award.id, new BidOutcome(scored.bid().bidId, award.id, opportunity.id, award.lotId,
                    scored.bid().organisationId, won ? "awarded" : "unsuccessful", scored.result().weightedTotal(),
                    scored.result().rank(), scored.evaluation() == null ? null : scored.evaluation().comment,
                    criterionScores(opportunity.criteria, scored, winner), standstillEndsAt));
        }
    }

    private static List<BidOutcome.CriterionScore> criterionScores(List<Criterion> criteria, ScoredBid bid,
                                                                   ScoredBid winner) {
        return criteria.stream().map(c -> new BidOutcome.CriterionScore(c.id(), c.name(), c.weight(),
                bid.result().scores().getOrDefault(c.id(), BigDecimal.ZERO),
                winner.result().scores().getOrDefault(c.id(), BigDecimal.ZERO))).toList();
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
