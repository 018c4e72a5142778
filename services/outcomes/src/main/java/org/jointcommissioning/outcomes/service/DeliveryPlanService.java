package org.jointcommissioning.outcomes.service;

import org.jointcommissioning.common.concurrency.IfMatch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.jointcommissioning.common.problem.ProblemException;
import org.jointcommissioning.outcomes.domain.DeliveryPlan;
import org.jointcommissioning.outcomes.domain.Indicator;
import org.jointcommissioning.outcomes.domain.PlanAction;
import org.jointcommissioning.outcomes.repository.IndicatorRepository;
import org.jointcommissioning.outcomes.rest.DeliveryPlanRequest;

import java.time.Clock;

/** Delivery plans belong to the indicator's owning partnership: only its performance officers change them. */
@ApplicationScoped
public class DeliveryPlanService {

    @Inject
    IndicatorRepository indicators;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    public DeliveryPlan get(String code) {
        indicators.require(code);
        DeliveryPlan plan = em.find(DeliveryPlan.class, code);
        if (plan == null) {
            throw ProblemException.notFound("Delivery plan of indicator", code);
        }
        return plan;
    }

    @Transactional
    public DeliveryPlan put(Actor actor, String code, DeliveryPlanRequest request, IfMatch ifMatch) {
        Indicator indicator = indicators.require(code);
        if (!actor.isPerformanceOfficerOf(indicator.ownerPartnership)) {
            throw ProblemException.forbidden("Only performance officers of " + indicator.ownerPartnership
                    + ", which owns " + code + ", may change its delivery plan");
        }
        DeliveryPlan existing = em.find(DeliveryPlan.class, code);
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
        plan.updatedBy = actor.name();
        plan.updatedAt = clock.instant();
        if (existing == null) {
            em.persist(plan);
        }
        em.flush(); // the new version is the answer's ETag
        return plan;
    }
}
