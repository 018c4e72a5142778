package org.jointcommissioning.outcomes.service;

import org.jointcommissioning.common.concurrency.IfMatch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jointcommissioning.common.identity.Roles;
import org.jointcommissioning.common.identity.Caller;
import jakarta.transaction.Transactional;
import org.jointcommissioning.common.problem.ProblemException;
import org.jointcommissioning.outcomes.domain.DeliveryPlan;
import org.jointcommissioning.outcomes.domain.DeliveryPlanDraft;
import org.jointcommissioning.outcomes.domain.Indicator;
import org.jointcommissioning.outcomes.domain.PlanAction;
import org.jointcommissioning.outcomes.repository.DeliveryPlanRepository;
import org.jointcommissioning.outcomes.repository.IndicatorRepository;

import java.time.Clock;

/** Delivery plans belong to the indicator's owning partnership: only its performance officers change them. */
@ApplicationScoped
public class DeliveryPlanService {

    @Inject
    Caller caller;

    @Inject
    IndicatorRepository indicators;

    @Inject
    DeliveryPlanRepository plans;

    @Inject
    Clock clock;

    public DeliveryPlan get(String code) {
        indicators.require(code);
        DeliveryPlan plan = plans.findById(code);
        if (plan == null) {
            throw ProblemException.notFound("Delivery plan of indicator", code);
        }
        return plan;
    }

    @Transactional
    public DeliveryPlan put(String code, DeliveryPlanDraft request, IfMatch ifMatch) {
        Indicator indicator = indicators.require(code);
        if (!caller.hasRoleFor(Roles.PERFORMANCE_OFFICER, indicator.ownerPartnership)) {
            throw ProblemException.forbidden("Only performance officers of " + indicator.ownerPartnership
                    + ", which owns " + code + ", may change its delivery plan");
        }
        DeliveryPlan existing = plans.findById(code);
        if (existing != null) {
            ifMatch.check(existing.version, "The delivery plan of " + code);
        }
        DeliveryPlan plan = existing == null ? new DeliveryPlan() : existing;
        plan.indicatorCode = code;
        plan.owner = request.owner();
        plan.actions.clear();
        for (var a : request.actions()) {
            plan.actions.add(new PlanAction(a.title(), a.owner(), a.due(), a.status()));
        }
        plan.updatedBy = caller.subject();
        plan.updatedAt = clock.instant();
        if (existing == null) {
            plans.persist(plan);
        }
        plans.flush(); // the new version is the answer's ETag
        return plan;
    }
}
