package org.jointcommissioning.commissioning.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jointcommissioning.commissioning.domain.AwardChallenge;
import org.jointcommissioning.commissioning.domain.Opportunity;
import org.jointcommissioning.commissioning.repository.AwardChallengeRepository;
import org.jointcommissioning.commissioning.repository.AwardRepository;
import org.jointcommissioning.commissioning.repository.EvaluationRepository;
import org.jointcommissioning.commissioning.repository.FrameworkRepository;
import org.jointcommissioning.commissioning.repository.OpportunityRepository;
import org.jointcommissioning.common.audit.AuditEntry;
import org.jointcommissioning.common.audit.AuditLog;
import org.jointcommissioning.common.identity.Roles;
import org.jointcommissioning.common.kebab.Kebab;
import org.jointcommissioning.common.paging.Page;
import org.jointcommissioning.common.paging.PageRequest;
import org.jointcommissioning.common.problem.ProblemException;

import java.util.Optional;

/**
 * The history of a framework, opportunity, award, evaluation or challenge to an award, for whoever may read the
 * record: a framework's for anyone signed in; an opportunity's (its drafts among its revisions), and those of its
 * awards, evaluations and challenges, for the owner partner's commissioners, the admin and the auditor; a challenge's
 * also for the challenging organisation's bidders. Anyone else is told the record does not exist.
 */
@ApplicationScoped
public class AuditTrail {

    @Inject
    FrameworkRepository frameworks;

    @Inject
    OpportunityRepository opportunities;

    @Inject
    AwardRepository awards;

    @Inject
    EvaluationRepository evaluations;

    @Inject
    AwardChallengeRepository challenges;

    @Inject
    OpportunityAccess access;

    @Inject
    AuditLog log;

    @Transactional
    public Page<AuditEntry> history(String entity, String id, PageRequest page) {
        AuditedRecord kind = kindOf(entity);
        if (id == null || id.isBlank()) {
            throw ProblemException.invalidField("id", "is required: the id of the " + kind);
        }
        if (!readable(kind, id)) {
            throw ProblemException.notFound(kind.what, id);
        }
        return log.history(kind.entity, id, page);
    }

    private boolean readable(AuditedRecord kind, String id) {
        return switch (kind) {
            case FRAMEWORK -> access.caller().isAuthenticated() && frameworks.findByIdOptional(id).isPresent();
            case OPPORTUNITY -> access.ownedOrOverseenBy(opportunities.findById(id));
            case AWARD -> access.ownedOrOverseenBy(opportunityOf(awards.findByIdOptional(id).map(a -> a.opportunityId)));
            case EVALUATION -> access.ownedOrOverseenBy(
                    opportunityOf(evaluations.findByIdOptional(id).map(e -> e.opportunityId)));
            case AWARD_CHALLENGE -> challenges.findByIdOptional(id).map(c -> access.ownedOrOverseenBy(
                    opportunities.findById(c.opportunityId)) || isChallenger(c)).orElse(false);
        };
    }

    private boolean isChallenger(AwardChallenge challenge) {
        return access.caller().hasRole(Roles.BIDDER) && access.caller().belongsTo(challenge.challengerOrganisationId);
    }

    private Opportunity opportunityOf(Optional<String> opportunityId) {
        return opportunityId.map(id -> opportunities.findById(id)).orElse(null);
    }

    static AuditedRecord kindOf(String entity) {
        if (entity == null || entity.isBlank()) {
            throw ProblemException.invalidField("entity", "is required: one of framework, opportunity, award, evaluation, award-challenge");
        }
        return Kebab.parse(AuditedRecord.class, "entity", entity);
    }
}
