package org.jointcommissioning.commissioning.service;

import org.jointcommissioning.commissioning.domain.OpportunityDraft;
import org.jointcommissioning.commissioning.domain.OpportunityFilter;
import org.jointcommissioning.commissioning.repository.AwardRepository;
import org.jointcommissioning.commissioning.repository.FrameworkRepository;
import org.jointcommissioning.commissioning.repository.OpportunityRepository;
import org.jointcommissioning.common.concurrency.IfMatch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jointcommissioning.commissioning.domain.AwardStatus;
import org.jointcommissioning.commissioning.domain.Framework;
import org.jointcommissioning.commissioning.domain.Lot;
import org.jointcommissioning.commissioning.domain.Opportunity;
import org.jointcommissioning.commissioning.domain.OpportunityStatus;
import org.jointcommissioning.common.identity.Caller;
import org.jointcommissioning.common.identity.Roles;
import org.jointcommissioning.common.outbox.EventPublisher;
import org.jointcommissioning.common.paging.Page;
import org.jointcommissioning.common.paging.PageRequest;
import org.jointcommissioning.common.problem.ProblemException;
import org.jointcommissioning.contracts.events.OpportunityCancelled;
import org.jointcommissioning.contracts.events.OpportunityClosed;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** The life of an opportunity: draft, published, closed at the deadline, then awarded, unsuccessful or cancelled. */
@ApplicationScoped
public class OpportunityService {

    @Inject
    Caller caller;

    @Inject
    OpportunityRepository opportunities;

    @Inject
    FrameworkRepository frameworks;

    @Inject
    AwardRepository awards;

    @Inject
    OpportunityAccess access;

    @Inject
    PublishRules publishRules;

    @Inject
    FundMembers funds;

    @Inject
    EventPublisher events;

    @Inject
    OcdsPublisher ocds;

    @Inject
    Clock clock;

    @Inject
    CommissioningMetrics metrics;

    @Transactional
    public Opportunity create(OpportunityDraft request) {
        String orgId = access.caller().requireOrgId();
        Opportunity opportunity = Opportunity.draft(UUID.randomUUID().toString(), orgId, clock.instant());
        apply(opportunity, request);
        opportunities.persist(opportunity);
        return opportunity;
    }

    @Transactional
    public Opportunity update(String id, OpportunityDraft request, String ifMatch) {
        Opportunity opportunity = access.owned(id);
        new IfMatch(ifMatch).check(opportunity.version, "The opportunity");
        opportunity.require("edited", OpportunityStatus.DRAFT);
        apply(opportunity, request);
        return opportunity;
    }

    @Transactional
    public Opportunity publish(String id) {
        Opportunity opportunity = access.owned(id);
        opportunity.require("published", OpportunityStatus.DRAFT);
        Framework framework = frameworks.findById(opportunity.frameworkId);
        publishRules.check(opportunity, framework);
        opportunity.publish(clock.instant());
        events.publish(opportunity.id, OpportunityEvents.published(opportunity, framework));
        ocds.release(opportunity, "tender");
        metrics.published();
        return opportunity;
    }

    @Transactional
    public Opportunity cancel(String id, String reason) {
        Opportunity opportunity = access.owned(id);
        opportunity.require("cancelled", OpportunityStatus.PUBLISHED, OpportunityStatus.CLOSED);
        if (awards.anyOf(id, AwardStatus.LIVE)) {
            throw ProblemException.conflict("Cancel the opportunity's awards first");
        }
        opportunity.cancel(reason, clock.instant());
        events.publish(opportunity.id, new OpportunityCancelled(opportunity.id, opportunity.ownerOrgId, reason,
                opportunity.cancelledAt()));
        ocds.release(opportunity, "tenderCancellation");
        return opportunity;
    }

    /** A closed opportunity that will not be awarded. */
    @Transactional
    public Opportunity declareUnsuccessful(String id) {
        Opportunity opportunity = access.owned(id);
        opportunity.require("declared unsuccessful", OpportunityStatus.CLOSED);
        if (awards.anyOf(id, AwardStatus.LIVE)) {
            throw ProblemException.conflict("The opportunity has live awards");
        }
        opportunity.declareUnsuccessful(clock.instant());
        ocds.release(opportunity, "tenderUpdate");
        return opportunity;
    }

    /** Closes at the submission deadline: called by the deadline job, in its transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void close(Opportunity opportunity) {
        opportunity.close(clock.instant());
        events.publish(opportunity.id, new OpportunityClosed(opportunity.id, opportunity.ownerOrgId,
                opportunity.closedAt()));
        ocds.release(opportunity, "tenderUpdate");
    }

    /** The public listing's version: it moves whenever anything the listing shows changes. */
    public long publicListingVersion() {
        return opportunities.publicListingVersion();
    }

    /** The lots of the opportunity with an active award. */
    public Set<String> awardedLots(String opportunityId) {
        return awards.ofOpportunity(opportunityId, AwardStatus.ACTIVE).stream()
                .map(a -> a.lotId).collect(Collectors.toSet());
    }

    private void apply(Opportunity opportunity, OpportunityDraft request) {
        Framework framework = frameworks.findById(request.frameworkId());
        if (framework == null) {
            throw ProblemException.invalidField("frameworkId", "no framework " + request.frameworkId());
        }
        opportunity.title = request.title();
        opportunity.description = request.description();
        opportunity.frameworkId = framework.id;
        opportunity.route = request.route();
        funds.requireDrawable(request.fundId(), opportunity.ownerOrgId);
        opportunity.fundId = request.fundId();
        opportunity.lots = List.copyOf(request.lots());
        opportunity.estimatedValue = request.lots().stream().map(Lot::estimatedValue)
                .map(m -> m.amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
        opportunity.indicators = request.indicatorTargets();
        opportunity.criteria = List.copyOf(request.criteria() == null ? framework.criteria : request.criteria());
        opportunity.clarificationDeadline = request.clarificationDeadline();
        opportunity.submissionDeadline = request.submissionDeadline();
        opportunity.updatedAt = clock.instant();
    }

    /**
     * The opportunities the caller may see that match the filter: the public ones, and for a commissioner every
     * one of their partner.
     */
    public Page<Opportunity> search(OpportunityFilter filter, PageRequest page) {
        String ownOrg = caller.hasRole(Roles.COMMISSIONER) ? caller.orgId().orElse(null) : null;
        return opportunities.search(filter, ownOrg, page);
    }
}
