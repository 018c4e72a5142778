package org.jointcommissioning.commissioning.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import org.jointcommissioning.commissioning.domain.Award;
import org.jointcommissioning.commissioning.domain.AwardChallenge;
import org.jointcommissioning.commissioning.domain.AwardStatus;
import org.jointcommissioning.commissioning.domain.Opportunity;
import org.jointcommissioning.commissioning.repository.AwardChallengeRepository;
import org.jointcommissioning.commissioning.repository.AwardRepository;
import org.jointcommissioning.commissioning.repository.OpenedBidRepository;
import org.jointcommissioning.commissioning.repository.OpportunityRepository;
import org.jointcommissioning.common.identity.Caller;
import org.jointcommissioning.common.identity.Roles;
import org.jointcommissioning.common.outbox.EventPublisher;
import org.jointcommissioning.common.paging.Page;
import org.jointcommissioning.common.paging.PageRequest;
import org.jointcommissioning.common.problem.ProblemException;
import org.jointcommissioning.contracts.events.AwardChallenged;
import org.jointcommissioning.contracts.events.ChallengeAnswered;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/**
 * Challenges to award decisions. An unsuccessful bidder in the award's lot may challenge during the standstill,
 * which suspends the award; the owner's commissioners answer: upheld cancels the award (the fund releases the money
 * and the lot's evaluation reopens), dismissed lets the standstill run on, or ends it if its end has passed. To
 * anyone else an award's challenges do not exist (404).
 */
@ApplicationScoped
public class ChallengeService {

    @Inject
    AwardChangeLog awardChanges;

    @Inject
    AwardRepository awards;

    @Inject
    AwardChallengeRepository challenges;

    @Inject
    OpenedBidRepository openedBids;

    @Inject
    OpportunityRepository opportunities;

    @Inject
    OpportunityAccess access;

    @Inject
    AwardService awardService;

    @Inject
    AwardContracts contracts;

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

    /** An unsuccessful bidder challenges the decision during the standstill; the award is suspended. */
    @Transactional(Transactional.TxType.MANDATORY)
    public AwardChallenge challenge(String awardId, String grounds) {
        caller.requireAnyRole(Roles.BIDDER);
        // Locked: the standstill job and the commissioner's answers wait for the challenge, or it for them.
        Award award = awards.findByIdOptional(awardId, LockModeType.PESSIMISTIC_WRITE)
                .filter(this::isUnsuccessfulBidder)
                .orElseThrow(() -> ProblemException.notFound("Award", awardId));
        Instant now = clock.instant();
        if (!award.isChallengeable(now)) {
            throw ProblemException.conflict(award.wasAnnounced() && award.isLive()
                    ? "The standstill ended at " + award.standstillEndsAt() + "; the decision can no longer be challenged"
                    : "The award is " + award.status() + ": only a decision in its standstill can be challenged");
        }
        String organisationId = caller.requireOrgId();
        if (challenges.anyOpen(awardId, organisationId)) {
            throw ProblemException.conflict("Your organisation's challenge to this award is still open");
        }
        AwardChallenge challenge = AwardChallenge.open(UUID.randomUUID().toString(), award, organisationId, grounds,
                caller.subject(), now);
        try {
            challenges.persist(challenge);
            challenges.flush();
        } catch (PersistenceException e) {
            // The unique index: the same organisation's challenge, sent twice at once.
            throw ProblemException.conflict("Your organisation's challenge to this award is still open");
        }
        boolean suspended = award.is(AwardStatus.STANDSTILL);
        award.suspend();
        if (suspended) {
            awardChanges.statusChanged(award);
        }
        Opportunity opportunity = opportunities.findById(award.opportunityId);
        events.publish(award.id, new AwardChallenged(challenge.id, award.id, award.opportunityId, award.lotId,
                opportunity.ownerOrgId, organisationId, grounds, now));
        ocds.release(opportunity, "awardUpdate");
        if (suspended) {
            metrics.award(award.status());
        }
        return challenge;
    }

    /** The owner's commissioners answer a challenge: upheld cancels the award, dismissed lets it stand. */
    @Transactional(Transactional.TxType.MANDATORY)
    public AwardChallenge answer(String awardId, String challengeId, boolean upheld, String reasons) {
        caller.requireAnyRole(Roles.COMMISSIONER);
        Award award = awards.findByIdOptional(awardId, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.notFound("Award", awardId));
        Opportunity opportunity = opportunities.findById(award.opportunityId);
        if (!access.isOwnersCommissioner(opportunity)) {
            throw ProblemException.notFound("Award", awardId);
        }
        AwardChallenge challenge = challenges.findByIdOptional(challengeId)
                .filter(c -> c.awardId.equals(awardId))
                .orElseThrow(() -> ProblemException.notFound("Challenge", challengeId));
        Instant now = clock.instant();
        challenge.answer(upheld, reasons, caller.subject(), now);
        challenges.flush();
        events.publish(award.id, new ChallengeAnswered(challenge.id, award.id, award.opportunityId, award.lotId,
                opportunity.ownerOrgId, challenge.challengerOrganisationId, upheld ? "upheld" : "dismissed", reasons,
                now));
        if (upheld && award.isLive()) {
            awardService.withdraw(award, opportunity, "Challenge upheld: " + reasons);
        } else if (award.is(AwardStatus.SUSPENDED) && !challenges.anyOpen(awardId)) {
            award.resume();
            awardChanges.statusChanged(award);
            metrics.award(award.status());
            if (award.standstillOver(now)) {
                contracts.enter(award, "awardUpdate", "contract");
            } else {
                ocds.release(opportunity, "awardUpdate");
            }
        } else if (award.wasAnnounced()) {
            ocds.release(opportunity, "awardUpdate");
        }
        return challenge;
    }

    /**
     * An award's challenges: all of them to the owner's commissioners, the admin and the auditor; its own to an
     * unsuccessful bidder in the lot; to anyone else the award does not exist.
     */
    public Page<AwardChallenge> list(String awardId, PageRequest page) {
        return challenges.ofAward(awardId, readableBy(awardId), page);
    }

    public AwardChallenge find(String awardId, String challengeId) {
        String organisationId = readableBy(awardId);
        return challenges.findByIdOptional(challengeId)
                .filter(c -> c.awardId.equals(awardId))
                .filter(c -> organisationId == null || c.challengerOrganisationId.equals(organisationId))
                .orElseThrow(() -> ProblemException.notFound("Challenge", challengeId));
    }

    /** Null when the caller may read every challenge to the award; else the challenger it may read those of. */
    private String readableBy(String awardId) {
        caller.requireAnyRole(Roles.COMMISSIONER, Roles.AUDITOR, Roles.PARTNERSHIP_ADMIN, Roles.BIDDER);
        Award award = awards.findByIdOptional(awardId)
                .orElseThrow(() -> ProblemException.notFound("Award", awardId));
        if (access.ownedOrOverseenBy(opportunities.findById(award.opportunityId))) {
            return null;
        }
        if (isUnsuccessfulBidder(award)) {
            return caller.requireOrgId();
        }
        throw ProblemException.notFound("Award", awardId);
    }

    /** Whether the caller is a bidder of an organisation whose opened bid in the award's lot did not win it. */
    public boolean isUnsuccessfulBidder(Award award) {
        if (!caller.hasRole(Roles.BIDDER) || caller.orgId().isEmpty() || !award.wasAnnounced()) {
            return false;
        }
        String organisationId = caller.orgId().get();
        return openedBids.ofLot(award.opportunityId, award.lotId).stream()
                .anyMatch(b -> b.organisationId.equals(organisationId) && !b.bidId.equals(award.bidId));
    }
}
