package org.jointcommissioning.bidding.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jointcommissioning.bidding.repository.FollowRepository;
import org.jointcommissioning.bidding.domain.Follow;
import org.jointcommissioning.bidding.repository.OpportunityRepository;
import org.jointcommissioning.common.identity.Caller;
import org.jointcommissioning.common.paging.Page;
import org.jointcommissioning.common.paging.PageRequest;
import org.jointcommissioning.common.problem.ProblemException;

import java.time.Clock;

/** An organisation follows published opportunities, to be told of their clarification answers and cancellation. */
@ApplicationScoped
public class FollowService {

    @Inject
    FollowRepository follows;

    @Inject
    OpportunityRepository opportunities;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    /** Only an opportunity commissioning has published can be followed; anything else is unknown here (404). */
    @Transactional
    public Follow follow(String opportunityId) {
        String orgId = caller.requireOrgId();
        if (opportunities.findByIdOptional(opportunityId).isEmpty()) {
            throw ProblemException.notFound("Opportunity", opportunityId);
        }
        return follows.follow(orgId, opportunityId, clock.instant());
    }

    @Transactional
    public void unfollow(String opportunityId) {
        if (!follows.unfollow(caller.requireOrgId(), opportunityId)) {
            throw ProblemException.notFound("Follow", opportunityId);
        }
    }

    public Page<Follow> list(PageRequest page) {
        return follows.of(caller.requireOrgId(), page);
    }
}
