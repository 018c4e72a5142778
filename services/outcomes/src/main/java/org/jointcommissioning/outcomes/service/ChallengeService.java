package org.jointcommissioning.outcomes.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jointcommissioning.common.identity.Roles;
import org.jointcommissioning.common.identity.Caller;
import jakarta.transaction.Transactional;
import org.jointcommissioning.common.paging.Page;
import org.jointcommissioning.common.paging.PageRequest;
import org.jointcommissioning.common.problem.ProblemException;
import org.jointcommissioning.outcomes.domain.Challenge;
import org.jointcommissioning.outcomes.domain.ChallengeState;
import org.jointcommissioning.outcomes.domain.Indicator;
import org.jointcommissioning.outcomes.repository.ChallengeRepository;
import org.jointcommissioning.outcomes.repository.IndicatorRepository;

import java.time.Clock;
import java.util.UUID;

/**
 * Peer challenge between partnerships: a performance officer of another partnership raises it, a performance
 * officer of the owning partnership answers it, and the challenging partnership resolves it.
 */
@ApplicationScoped
public class ChallengeService {

    @Inject
    Caller caller;

    @Inject
    IndicatorRepository indicators;

    @Inject
    ChallengeRepository challenges;

    @Inject
    Clock clock;

    @Transactional
    public Challenge raise(String code, String question) {
        Indicator indicator = indicators.require(code);
        String org = caller.requireOrgId();
        if (org.equals(indicator.ownerPartnership)) {
            throw ProblemException.forbidden("A partnership does not challenge its own indicator; "
                    + "challenges come from the other partnerships");
        }
        Challenge challenge = Challenge.raised(UUID.randomUUID().toString(), code, question, caller.subject(), org,
                clock.instant());
        challenges.persist(challenge);
        return challenge;
    }

    @Transactional
    public Challenge answer(String id, String response) {
        Challenge challenge = challenges.require(id);
        Indicator indicator = indicators.require(challenge.indicatorCode);
        if (!caller.hasRoleFor(Roles.PERFORMANCE_OFFICER, indicator.ownerPartnership)) {
            throw ProblemException.forbidden("Only performance officers of " + indicator.ownerPartnership
                    + ", which owns " + indicator.code + ", may answer this challenge");
        }
        challenge.answer(response, caller.subject(), clock.instant());
        return challenge;
    }

    @Transactional
    public Challenge resolve(String id) {
        Challenge challenge = challenges.require(id);
        if (!caller.hasRoleFor(Roles.PERFORMANCE_OFFICER, challenge.raisedByOrg)) {
            throw ProblemException.forbidden("Only performance officers of " + challenge.raisedByOrg
                    + ", which raised it, may resolve this challenge");
        }
        challenge.resolve(clock.instant());
        return challenge;
    }

    public Challenge get(String id) {
        return challenges.require(id);
    }

    public Page<Challenge> list(String code, ChallengeState state, PageRequest page) {
        indicators.require(code);
        return challenges.list(code, state, page);
    }
}
